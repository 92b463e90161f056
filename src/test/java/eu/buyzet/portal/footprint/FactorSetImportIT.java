package eu.buyzet.portal.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.shared.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@PortalIntegrationTest
class FactorSetImportIT {

    @Autowired SecurityContextHolderStrategy security;
    @Autowired FootprintService footprints;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    @Test
    void an_admin_imports_a_checked_factor_set_and_makes_it_the_default_with_an_audit_trail() {
        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        assertThatThrownBy(() -> footprints.importFactorSet("set,name,Half")).isInstanceOf(ValidationException.class);

        // Norway 2026 version 1 is seeded (schema 042) under another id: refused as existing, not a database error
        assertThat(footprints.previewImport(FactorSetCsvTest.VALID).problems()).extracting(FactorSetCsvTest::english)
                .singleElement().asString().contains("Norway 2026 version 1 exists already");
        assertThatThrownBy(() -> footprints.importFactorSet(FactorSetCsvTest.VALID))
                .isInstanceOf(ValidationException.class);

        String csv = FactorSetCsvTest.VALID.replace("set,name,Norway 2026", "set,name,Norway import test");
        var imported = footprints.importFactorSet(csv);
        assertThat(footprints.factorSet(imported.id()).carriers()).hasSize(2);
        assertThat(footprints.previewImport(csv).problems()).extracting(FactorSetCsvTest::english)
                .singleElement().asString().contains("exists already");
        String before = footprints.defaultFactorSet().id();
        try {
            footprints.makeDefault(imported.id());
            assertThat(footprints.defaultFactorSet().id()).isEqualTo("norway-import-test-1");
            assertThat(footprints.factorSets()).filteredOn(FactorSetSummary::isDefault).hasSize(1);
            assertThat(audit.about("factor-set", imported.id(), 5)).extracting(e -> e.action())
                    .containsExactly("factor-set.made-default", "factor-set.imported");
        } finally {
            footprints.makeDefault(before);
        }
    }

    @Test
    void a_set_exported_and_imported_again_keeps_how_it_counts_an_undeclared_stage_in_the_set_and_the_list() {
        assertThat(footprints.factorSets()).filteredOn(s -> s.id().endsWith("-2026-5") || s.id().endsWith("-market-5"))
                .hasSize(3).allMatch(FactorSetSummary::undeclaredStageHighest);
        assertThat(footprints.factorSets()).filteredOn(s -> s.id().equals("no-2026-4")).singleElement()
                .satisfies(s -> assertThat(s.undeclaredStageHighest()).isFalse());

        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        for (String seeded : new String[] {"no-2026-5", "no-2026-4"}) {
            String csv = FactorSetCsv.write(footprints.factorSet(seeded))
                    .replaceFirst("(?m)^set,name,.*$", "set,name,Round trip of " + seeded);
            var imported = footprints.importFactorSet(csv);
            boolean highest = seeded.endsWith("-5");
            assertThat(footprints.factorSet(imported.id()).undeclaredStageHighest()).as(seeded).isEqualTo(highest);
            assertThat(footprints.factorSets()).filteredOn(s -> s.id().equals(imported.id())).singleElement()
                    .satisfies(s -> assertThat(s.undeclaredStageHighest()).as(seeded).isEqualTo(highest));
        }
    }

    @Test
    void every_seeded_figure_passes_the_checks_an_import_makes() {
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (FactorSetSummary summary : footprints.factorSets()) {
            var set = footprints.factorSet(summary.id());
            set.carriers().values().forEach(c -> {
                FactorBounds.carrier(c.carrier(), "wtt", c.wttKgPerUnit().value()).map(FactorSetCsvTest::english)
                        .ifPresent(problems::add);
                FactorBounds.carrier(c.carrier(), "ttw", c.ttwKgPerUnit().value()).map(FactorSetCsvTest::english)
                        .ifPresent(problems::add);
            });
            set.vehicles().values().forEach(v -> {
                if (v.energyPerKm() != null) {
                    FactorBounds.vehicle(v.key().category(), v.key().carrier(), "energy_per_km", v.energyPerKm().value())
                            .map(FactorSetCsvTest::english).ifPresent(problems::add);
                }
            });
        }
        assertThat(footprints.factorSets()).extracting(FactorSetSummary::id).contains("no-2025", "eu-2025");
        assertThat(problems).isEmpty();
    }
}
