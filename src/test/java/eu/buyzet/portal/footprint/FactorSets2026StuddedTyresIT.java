package eu.buyzet.portal.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.Sourced;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.footprint.calculator.WearSource;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, decision 049: version 4 of the sets of 2026 (schema 054) is version 3 plus the road wear of studded
 * tyres, and the default. Each figure is the NORTRIP model's default studded-tyre wear at 30 km/h times its direct
 * emission share and its PM10 or PM2.5 share, as its citation states, so an auditor can recompute it.
 */
@PortalIntegrationTest
class FactorSets2026StuddedTyresIT {

    private static final List<String> SETS = List.of("no-2026-4", "eu-2026-4", "no-2026-market-4");
    private static final Pattern CITED = Pattern.compile("^NORTRIP road dust emission model \\(MET Norway\\), "
            + "parameter table metno/NORTRIP Road_dust_parameter_table_v14a_params\\.txt \\(commit 13d710e\\), Road "
            + "wear: W0,roadwear, Studded tyres \\(st\\), (Light \\(li\\)|Heavy \\(he\\)) = ([0-9.]+) g/km/veh; speed "
            + "dependence W = W0 x max\\(V, 30\\)/70 .+ taken at 30 km/h; f0,dir-roadwear = ([0-9.]+) .+; "
            + "fPM,roadwear (PM10|PM2\\.5) = ([0-9.]+): .+ = ([0-9.]+) g/km\\. .+$");
    /** NORTRIP's classes: light below 3.5 t, heavy above. */
    private static final Map<VehicleCategory, String> CLASS = Map.of(VehicleCategory.M1, "Light (li)",
            VehicleCategory.N1, "Light (li)", VehicleCategory.N2, "Heavy (he)", VehicleCategory.N3, "Heavy (he)",
            VehicleCategory.M2_M3, "Heavy (he)");

    @Autowired FootprintService footprints;

    @Test
    void version_4_of_the_norwegian_set_is_what_a_calculation_without_a_set_uses() {
        assertThat(footprints.defaultFactorSet().id()).isEqualTo("no-2026-4");
        assertThat(footprints.factorSets().stream().filter(FactorSetSummary::isDefault).map(FactorSetSummary::id))
                .containsExactly("no-2026-4");
    }

    @Test
    void each_studded_figure_is_its_cited_nortrip_wear_at_30_kmh_times_the_direct_and_size_shares() {
        for (String id : SETS) {
            FactorSet set = footprints.factorSet(id);
            TreeSet<String> covered = new TreeSet<>();
            for (FactorSet.WearFactors w : set.wear().values()) {
                if (w.key().source() != WearSource.ROAD_STUDDED) {
                    continue;
                }
                covered.add(w.key().category().name());
                check(id, w.key().category(), w.pm10GPerKm(), "PM10", 0.28);
                check(id, w.key().category(), w.pm25GPerKm(), "PM2.5", 0.022);
            }
            // L vehicles: NORTRIP has light and heavy vehicles only
            assertThat(covered).as(id).containsExactly("M1", "M2_M3", "N1", "N2", "N3");
        }
    }

    private void check(String id, VehicleCategory category, Sourced figure, String size, double share) {
        Matcher m = CITED.matcher(figure.source());
        assertThat(m.matches()).as(id + " " + category + " " + size + ": " + figure.source()).isTrue();
        assertThat(m.group(1)).isEqualTo(CLASS.get(category));
        double w0 = CLASS.get(category).startsWith("Light") ? 2.88 : 14.4;
        assertThat(Double.parseDouble(m.group(2))).isEqualTo(w0);
        assertThat(Double.parseDouble(m.group(3))).isEqualTo(0.5);
        assertThat(m.group(4)).isEqualTo(size);
        assertThat(Double.parseDouble(m.group(5))).isEqualTo(share);
        double recomputed = new BigDecimal(w0 * 30 / 70 * 0.5 * share).round(new MathContext(4)).doubleValue();
        assertThat(figure.value()).as(id + " " + category + " " + size).isEqualTo(recomputed);
        assertThat(Double.parseDouble(m.group(6))).isEqualTo(recomputed);
    }

    @Test
    void version_4_is_version_3_with_only_the_studded_rows_added() {
        for (String id : SETS) {
            FactorSet v4 = footprints.factorSet(id);
            FactorSet v3 = footprints.factorSet(id.replaceAll("-4$", "-3"));
            assertThat(v4.version()).isEqualTo("4");
            assertThat(v4.carriers()).isEqualTo(v3.carriers());
            assertThat(v4.hydrogenRoutes()).isEqualTo(v3.hydrogenRoutes());
            assertThat(v4.vehicles()).isEqualTo(v3.vehicles());
            assertThat(v4.exhaust()).isEqualTo(v3.exhaust());
            assertThat(v4.defaultEuroClass()).isEqualTo(v3.defaultEuroClass());
            assertThat(v4.boundary()).isEqualTo(v3.boundary());
            assertThat(v4.electricityBasis()).isEqualTo(v3.electricityBasis());
            assertThat(v4.wear().entrySet().stream().filter(e -> e.getKey().source() != WearSource.ROAD_STUDDED)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).isEqualTo(v3.wear());
            assertThat(v3.wear().keySet()).noneMatch(k -> k.source() == WearSource.ROAD_STUDDED);
        }
    }
}
