package eu.buyzet.portal.strategy;

import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.shared.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A plausible adopted strategy for refuse collection, built from the records alone. */
final class StrategyFixtures {

    static final Evidence ANSWER = new Evidence(EvidenceKind.DIALOGUE_ANSWER, 41,
            "Three haulers answered that electric refuse trucks can serve all routes from 2027", null);
    static final Evidence SUPPLIERS = new Evidence(EvidenceKind.SUPPLIER_INTEREST, 7,
            "Capable suppliers interested in the joint refuse purchase", 4.0);
    static final Evidence SOLUTION = new Evidence(EvidenceKind.SOLUTION, 93,
            "Electric refuse truck with swap body, declared reduction", 61_250.5);

    private StrategyFixtures() {
    }

    static PriorityArea area() {
        return new PriorityArea(PriorityAreaId.of(3), OrganisationId.of(10), "Oslo Waste Agency", "Refuse collection",
                "Household refuse collection in the inner city", "90511000", List.of(ContractId.of(5), ContractId.of(6)),
                List.of(OrganisationId.of(11)), List.of(1L), List.of(2L), List.of(7L), List.of(93L),
                new AreaBaseline("fs-1", "BuyZET factors 2025", LocalDate.of(2026, 11, 1), 2, 1,
                        figures(2025, 12_480.0, 312_400.0, 298_765.4, 241_300.2, 1_234.5, null, 4.0, 6.5), 1_200_000.0),
                Instant.parse("2026-10-01T10:00:00Z"), 1);
    }

    static ScenarioFigures figures(int year, Double trips, double vkm, double wtw, double tailpipe, Double nox, Double pm,
                                   double ze, double cvd) {
        return new ScenarioFigures(year, trips, vkm, wtw, tailpipe, nox, pm, ze, cvd);
    }

    static Strategy strategy(String title, String summary, String rationale, String risks, Evidence... extra) {
        List<Evidence> evidence = new java.util.ArrayList<>(List.of(ANSWER, SUPPLIERS));
        evidence.addAll(List.of(extra));
        ScenarioFigures baseline = figures(2025, 12_480.0, 312_400.0, 298_765.4, 241_300.2, 1_234.5, null, 4.0, 6.5);
        ScenarioResult result = new ScenarioResult("fs-1", "BuyZET factors 2025", "2025.2", LocalDate.of(2026, 11, 20),
                baseline, List.of(
                figures(2027, 11_000.0, 280_000.0, 190_000.0, 120_000.0, 700.0, null, 50.0, 55.0),
                figures(2030, 10_000.0, 250_000.0, 40_000.0, 0.0, 10.0, null, 100.0, 100.0)));
        return new Strategy(StrategyId.of(12), 12, 2, PriorityAreaId.of(3), "Refuse collection", OrganisationId.of(10),
                "Oslo Waste Agency", StrategyStatus.ADOPTED, title, summary, List.of(
                new ChosenInstrument(Instrument.ZERO_EMISSION_SPECIFICATION, LocalDate.of(2027, 7, 1), null, rationale,
                        risks, evidence),
                new ChosenInstrument(Instrument.AWARD_CRITERION, null, 35, "Rewards the haulers who go further",
                        "", List.of(SOLUTION))),
                List.of(new ScenarioYear(2027, 50, 10, 0), new ScenarioYear(2030, 100, 20, 5)), result,
                "Kari Nordmann", Instant.parse("2026-11-25T13:00:00Z"), Instant.parse("2026-11-25T13:00:00Z"), 4);
    }

    static Strategy strategy() {
        return strategy("Zero-emission refuse collection 2030",
                "All refuse trucks in the inner city are zero-emission from July 2027.",
                "The market dialogue showed the haulers are ready", "Fewer bidders if the date comes too early",
                SOLUTION);
    }

    static List<TenderWindow> timeline() {
        return List.of(
                new TenderWindow(ContractId.of(5), "Refuse collection east", LocalDate.of(2027, 6, 30),
                        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 30), List.of(TimelineWarning.WINDOW_PASSED)),
                new TenderWindow(ContractId.of(6), "Refuse collection west", LocalDate.of(2029, 12, 31),
                        LocalDate.of(2028, 6, 1), LocalDate.of(2029, 3, 31), List.of()));
    }
}
