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
                .contains(org.assertj.core.groups.Tuple.tuple(7L, "unknown vehicle category or energy carrier"),
                        org.assertj.core.groups.Tuple.tuple(8L, "column 5 is empty: every figure carries its source"),
                        org.assertj.core.groups.Tuple.tuple(11L, "a factor cannot be negative: -1"));
        assertThat(parsed.problems()).extracting(FactorSetCsv.Problem::message)
                .contains("the set's version is missing (a line: set,version,…)",
                        "DIESEL needs both its wtt and its ttw figure");
    }
}
