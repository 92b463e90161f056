package eu.buyzet.portal.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.contract.MappedContract;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void a_window_is_announced_the_lead_time_before_the_end_and_opens_six_months_earlier() {
        TenderWindow w = Timeline.of(List.of(contract(1, "Refuse collection", LocalDate.of(2028, 9, 30))), 3, TODAY,
                Timeline.DEFAULT_LEAD_TIME_MONTHS, 2030).getFirst();

        assertThat(w.contract()).isEqualTo(ContractId.of(1));
        assertThat(w.contractTitle()).isEqualTo("Refuse collection");
        assertThat(w.contractEnds()).isEqualTo(LocalDate.of(2028, 9, 30));
        assertThat(w.announceBy()).isEqualTo(LocalDate.of(2027, 12, 30));
        assertThat(w.opens()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(w.warnings()).isEmpty();
    }

    @Test
    void a_window_whose_announcement_day_is_today_has_not_passed_and_one_a_day_earlier_has() {
        LocalDate endsForToday = TODAY.plusMonths(9);
        List<TenderWindow> windows = Timeline.of(List.of(contract(1, "Today", endsForToday),
                contract(2, "Yesterday", endsForToday.minusDays(1))), 5, TODAY, 9, 2030);

        assertThat(windows).extracting(TenderWindow::contractTitle).containsExactly("Yesterday", "Today");
        assertThat(windows.get(1).announceBy()).isEqualTo(TODAY);
        assertThat(windows.get(1).warnings()).isEmpty();
        assertThat(windows.get(0).warnings()).containsExactly(TimelineWarning.WINDOW_PASSED);
    }

    @Test
    void a_contract_that_already_ended_has_passed_its_window() {
        assertThat(Timeline.of(List.of(contract(1, "Ended", TODAY.minusYears(1))), 3, TODAY, 9, 2030).getFirst()
                .warnings()).containsExactly(TimelineWarning.WINDOW_PASSED);
    }

    @Test
    void three_capable_suppliers_make_the_market_ready_and_two_do_not() {
        List<MappedContract> contracts = List.of(contract(1, "Repairs", LocalDate.of(2029, 3, 31)));

        assertThat(Timeline.of(contracts, 3, TODAY, 9, 2030).getFirst().warnings()).isEmpty();
        assertThat(Timeline.of(contracts, 2, TODAY, 9, 2030).getFirst().warnings())
                .containsExactly(TimelineWarning.MARKET_NOT_READY);
        assertThat(Timeline.of(contracts, 0, TODAY, 9, 2030).getFirst().warnings())
                .containsExactly(TimelineWarning.MARKET_NOT_READY);
    }

    @Test
    void a_contract_ending_after_the_horizon_year_is_beyond_the_plan_and_one_ending_in_it_is_not() {
        List<TenderWindow> windows = Timeline.of(List.of(contract(1, "Last day", LocalDate.of(2030, 12, 31)),
                contract(2, "Next year", LocalDate.of(2031, 1, 1))), 4, TODAY, 9, 2030);

        assertThat(windows.get(0).warnings()).isEmpty();
        assertThat(windows.get(1).warnings()).containsExactly(TimelineWarning.ENDS_AFTER_HORIZON);
    }

    @Test
    void a_contract_without_an_end_date_cannot_be_placed_and_comes_last() {
        List<TenderWindow> windows = Timeline.of(List.of(contract(1, "Open-ended", null),
                contract(2, "Ends", LocalDate.of(2029, 1, 31))), 1, TODAY, 9, 2030);

        assertThat(windows).extracting(TenderWindow::contractTitle).containsExactly("Ends", "Open-ended");
        TenderWindow open = windows.get(1);
        assertThat(open.contractEnds()).isNull();
        assertThat(open.announceBy()).isNull();
        assertThat(open.opens()).isNull();
        assertThat(open.warnings()).containsExactly(TimelineWarning.NO_END_DATE, TimelineWarning.MARKET_NOT_READY);
    }

    @Test
    void warnings_add_up_on_one_contract() {
        TenderWindow w = Timeline.of(List.of(contract(1, "Long", LocalDate.of(2032, 6, 30))), 2,
                LocalDate.of(2032, 1, 1), 9, 2030).getFirst();

        assertThat(w.warnings()).containsExactly(TimelineWarning.WINDOW_PASSED, TimelineWarning.MARKET_NOT_READY,
                TimelineWarning.ENDS_AFTER_HORIZON);
    }

    @Test
    void windows_come_in_the_order_they_must_be_announced() {
        List<TenderWindow> windows = Timeline.of(List.of(contract(1, "C", LocalDate.of(2029, 1, 1)),
                contract(2, "A", LocalDate.of(2027, 6, 1)), contract(3, "B", LocalDate.of(2028, 1, 1))), 3, TODAY,
                9, 2030);

        assertThat(windows).extracting(TenderWindow::contractTitle).containsExactly("A", "B", "C");
    }

    @Test
    void a_longer_lead_time_moves_the_announcement_earlier() {
        TenderWindow w = Timeline.of(List.of(contract(1, "Buses", LocalDate.of(2029, 12, 31))), 3, TODAY, 18, 2030)
                .getFirst();

        assertThat(w.announceBy()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(w.opens()).isEqualTo(LocalDate.of(2027, 12, 30));
    }

    @Test
    void negative_counts_are_a_programming_error() {
        assertThatThrownBy(() -> Timeline.of(List.of(), -1, TODAY, 9, 2030))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static MappedContract contract(long id, String title, LocalDate ends) {
        return new MappedContract(ContractId.of(id), OrganisationId.of(1), "Oslo kommune", title, null,
                List.of(new CpvCode("90511000-2")), "Supplier AS", null, "NOK", ends, List.of(), null, null, null,
                "Agency", Instant.parse("2026-11-01T10:00:00Z"), 1);
    }
}
