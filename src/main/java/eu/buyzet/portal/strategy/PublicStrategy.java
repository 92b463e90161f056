package eu.buyzet.portal.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A strategy version as anyone may read it: the public page, the open API and the OCDS rationale
 * print this and nothing else (decision 032). Left out: the evidence's captured citations (they
 * quote dialogue answers and solutions under those features' own rules), contract references and
 * figures, the risks, the tender timeline (contracts' end dates are the buyers' planning material),
 * who adopted it by name, and every absolute footprint figure: the scenario headline is relative
 * to the baseline, since an area's totals are its contracts' figures, which only agencies see, and
 * a buyer group member's hidden share must not be derivable from them.
 */
public record PublicStrategy(StrategyId id, long lineage, int number, StrategyStatus status, String title,
                             String summary, String areaName, String ownerName, @Nullable Instant adoptedAt,
                             List<PublicInstrument> instruments, @Nullable Headline headline) {

    public PublicStrategy {
        instruments = List.copyOf(instruments);
    }

    /** A chosen instrument: which, from when, with what weight, and why. */
    public record PublicInstrument(Instrument instrument, @Nullable LocalDate fromDate, @Nullable Integer weightPercent,
                                   String rationale, List<PublicEvidence> evidence) {
        public PublicInstrument {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * What an instrument's reason cites: the kind, the cited item's id in its own feature (whose
     * own API decides what of it a reader sees) and the figure, e.g. the number of interested
     * suppliers. A mapped contract is cited by kind only.
     */
    public record PublicEvidence(EvidenceKind kind, @Nullable Long reference, @Nullable Double figure) {
    }

    /**
     * The scenario in one line: the last planned year against the baseline, as shares.
     *
     * @param co2eWtwChangePercent change of well-to-wheel CO2e against the baseline, e.g. -86.6
     * @param tripsChangePercent null when the factor set or the flows do not count trips
     */
    public record Headline(String factorSetName, String factorSetVersion, int baselineYear, int targetYear,
                           double co2eWtwChangePercent, double co2eTailpipeChangePercent,
                           @Nullable Double tripsChangePercent, double zeroEmissionSharePercent,
                           double cvdCleanSharePercent) {
    }

    /** The public reading of a version; empty unless it is adopted or superseded. */
    public static Optional<PublicStrategy> of(Strategy s) {
        if (s.status() != StrategyStatus.ADOPTED && s.status() != StrategyStatus.SUPERSEDED) {
            return Optional.empty();
        }
        return Optional.of(new PublicStrategy(s.id(), s.lineage(), s.number(), s.status(), s.title(), s.summary(),
                s.areaName(), s.ownerName(), s.adoptedAt(), s.instruments().stream().map(PublicStrategy::instrument)
                .toList(), headline(s.result())));
    }

    private static PublicInstrument instrument(ChosenInstrument i) {
        return new PublicInstrument(i.instrument(), i.fromDate(), i.weightPercent(), i.rationale(),
                i.evidence().stream().map(PublicStrategy::evidence).toList());
    }

    static PublicEvidence evidence(Evidence e) {
        return e.kind() == EvidenceKind.CONTRACT ? new PublicEvidence(e.kind(), null, null)
                : new PublicEvidence(e.kind(), e.reference(), e.figure());
    }

    static @Nullable Headline headline(@Nullable ScenarioResult r) {
        if (r == null || r.years().isEmpty()) {
            return null;
        }
        ScenarioFigures base = r.baseline();
        ScenarioFigures target = r.years().getLast();
        Double trips = base.trips() == null || target.trips() == null ? null : change(base.trips(), target.trips());
        return new Headline(r.factorSetName(), r.factorSetVersion(), base.year(), target.year(),
                change(base.co2eWtwKg(), target.co2eWtwKg()), change(base.co2eTailpipeKg(), target.co2eTailpipeKg()),
                trips, target.zeroEmissionSharePercent(), target.cvdCleanSharePercent());
    }

    /** Percent change, rounded to one decimal; no change from a zero baseline. */
    private static double change(double from, double to) {
        return from == 0 ? 0 : Math.round((to - from) / from * 1000) / 10.0;
    }
}
