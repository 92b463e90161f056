package eu.buyzet.portal.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import org.junit.jupiter.api.Test;

class FactorSetCsvTest {

    static final String VALID = """
            # Norway 2026, for the test
            set,name,Norway 2026
            set,version,1
            set,valid_from,2026-01-01
            set,boundary,Well-to-wheel (ISO 14083)
            set,gwp_basis,GWP100 (IPCC AR6)
            set,electricity_basis,"Location-based, NVE 2024"
            carrier,DIESEL,wtt,0.6,"UK DESNZ 2026, WTT-fuels"
            carrier,DIESEL,ttw,2.5,UK DESNZ 2026 Fuels
            carrier,BATTERY_ELECTRIC,wtt,0.02,NVE 2024
            carrier,BATTERY_ELECTRIC,ttw,0,No combustion
            vehicle,N1,DIESEL,energy_per_km,0.1,Test source
            vehicle,N1,DIESEL,nox_g_per_km,0.3,COPERT test
            """;

    @Test
    void a_complete_file_gives_a_factor_set_with_every_source() {
        FactorSetCsv.Parsed parsed = FactorSetCsv.parse(VALID);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.set().id()).isEqualTo("norway-2026-1");
        assertThat(parsed.figures()).isEqualTo(6);
        assertThat(parsed.set().electricityBasis()).isEqualTo("Location-based, NVE 2024");
        assertThat(parsed.set().carrier(EnergyCarrier.DIESEL).orElseThrow().wttKgPerUnit().source())
                .isEqualTo("UK DESNZ 2026, WTT-fuels");
        assertThat(parsed.set().vehicle(VehicleCategory.N1, EnergyCarrier.DIESEL).orElseThrow().pmExhaustGPerKm()).isNull();
    }

    @Test
    void every_problem_is_listed_with_its_line() {
        String broken = VALID.replace("carrier,DIESEL,ttw,2.5,UK DESNZ 2026 Fuels", "carrier,DISEL,ttw,2.5,x")
                .replace("vehicle,N1,DIESEL,nox_g_per_km,0.3,COPERT test", "vehicle,N1,DIESEL,nox_g_per_km,-1,COPERT")
                .replace("carrier,BATTERY_ELECTRIC,wtt,0.02,NVE 2024", "carrier,BATTERY_ELECTRIC,wtt,0.02,")
                .replace("set,version,1\n", "");
        FactorSetCsv.Parsed parsed = FactorSetCsv.parse(broken);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.problems()).extracting(FactorSetCsv.Problem::line, FactorSetCsv.Problem::message)
                .contains(org.assertj.core.groups.Tuple.tuple(8L, "unknown vehicle category or energy carrier"),
                        org.assertj.core.groups.Tuple.tuple(9L, "column 5 is empty: every figure carries its source"),
                        org.assertj.core.groups.Tuple.tuple(12L, "a factor cannot be negative: -1"));
        assertThat(parsed.problems()).extracting(FactorSetCsv.Problem::message)
                .contains("the set's version is missing (a line: set,version,…)",
                        "DIESEL needs both its wtt and its ttw figure");
    }

    @Test
    void grams_entered_as_kilograms_are_refused_naming_line_column_and_the_plausible_range() {
        String grams = VALID.replace("carrier,DIESEL,ttw,2.5,", "carrier,DIESEL,ttw,2570,")
                .replace("carrier,BATTERY_ELECTRIC,wtt,0.02,", "carrier,BATTERY_ELECTRIC,wtt,19,");
        FactorSetCsv.Parsed parsed = FactorSetCsv.parse(grams);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.problems()).extracting(FactorSetCsv.Problem::line).containsExactly(9L, 10L);
        assertThat(parsed.problems().get(0).message()).startsWith("column 4 (value): 2570 kg CO2e/l is outside the "
                + "plausible 1.5–2.8 kg CO2e/l for DIESEL ttw").endsWith("grams entered as kilograms?");
        assertThat(parsed.problems().get(1).message()).startsWith("column 4 (value): 19 kg CO2e/kWh is outside the "
                + "plausible 0–1.5 kg CO2e/kWh for BATTERY_ELECTRIC wtt");
    }

    @Test
    void absurd_energy_use_and_pollutants_are_refused_in_the_units_of_their_vehicle() {
        String absurd = VALID.replace("vehicle,N1,DIESEL,energy_per_km,0.1,", "vehicle,N1,DIESEL,energy_per_km,9.9,")
                .replace("vehicle,N1,DIESEL,nox_g_per_km,0.3,", "vehicle,N1,DIESEL,nox_g_per_km,300,")
                + "vehicle,N3,BATTERY_ELECTRIC,energy_per_km,1.3,Test source\n"
                + "vehicle,N3,HYDROGEN,energy_per_km,1.3,Test source\n"
                + "vehicle,L,HUMAN_POWERED,energy_per_km,0.01,Test source\n";
        FactorSetCsv.Parsed parsed = FactorSetCsv.parse(absurd);
        assertThat(parsed.problems()).extracting(FactorSetCsv.Problem::line).containsExactly(12L, 13L, 15L, 16L);
        assertThat(parsed.problems()).extracting(FactorSetCsv.Problem::message).satisfiesExactly(
                m -> assertThat(m).startsWith("column 5 (value): 9.9 l/km is outside the plausible 0.025–0.21 l/km "
                        + "for N1 on DIESEL"),
                m -> assertThat(m).startsWith("column 5 (value): 300 g/km is above the plausible 30 g/km"),
                m -> assertThat(m).startsWith("column 5 (value): 1.3 kg/km is outside the plausible 0.035–0.24 kg/km"),
                m -> assertThat(m).contains("no such vehicle uses energy on the road"));
    }
}
