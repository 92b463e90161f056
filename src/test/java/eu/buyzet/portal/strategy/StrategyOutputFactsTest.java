package eu.buyzet.portal.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.buyergroup.PlanningRationale;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each output channel, fed the same seeded strategy, shows exactly the facts its row allows: the
 * content half of the parity table; the parity IT adds who may read each channel at all.
 */
class StrategyOutputFactsTest {

    private final StrategyDocuments documents = new StrategyDocuments(StrategyDocumentsTest.messages());

    @Test
    void the_procurement_file_shows_everything_the_dossier_carries_in_both_languages() throws IOException {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("nb")}) {
            StrategyDossier d = StrategyOutputFacts.seeded(locale);
            assertThat(StrategyOutputFacts.inPdf(documents.pdf(d))).as("pdf " + locale)
                    .isEqualTo(StrategyOutputFacts.FILE);
            assertThat(StrategyOutputFacts.inDocx(documents.docx(d))).as("docx " + locale)
                    .isEqualTo(StrategyOutputFacts.FILE);
        }
    }

    @Test
    void the_public_reading_and_its_json_show_the_plan_only() {
        PublicStrategy p = PublicStrategy.of(StrategyOutputFacts.seeded(Locale.ENGLISH).strategy()).orElseThrow();
        assertThat(StrategyOutputFacts.in(p.toString())).isEqualTo(StrategyOutputFacts.PUBLIC);
        String json = JsonMapper.builder().build().writeValueAsString(p);
        assertThat(StrategyOutputFacts.in(json)).isEqualTo(StrategyOutputFacts.PUBLIC);
    }

    @Test
    void the_ocds_rationale_shows_the_plan_in_a_paragraph() {
        PublicStrategy p = PublicStrategy.of(StrategyOutputFacts.seeded(Locale.ENGLISH).strategy()).orElseThrow();
        PlanningRationale.Plan plan = StrategyPlanningRationale.plan(p, Enum::name);
        assertThat(StrategyOutputFacts.in(plan.rationale() + " " + plan.title())).isEqualTo(StrategyOutputFacts.OCDS);
    }
}
