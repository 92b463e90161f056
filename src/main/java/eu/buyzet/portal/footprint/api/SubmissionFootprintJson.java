package eu.buyzet.portal.footprint.api;

import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.footprint.StoredResult;
import eu.buyzet.portal.footprint.calculator.Reduction;
import eu.buyzet.portal.submission.PublishedFootprint;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A submission's newest published footprint in the open API, in the calculator's own shape. */
@Component
class SubmissionFootprintJson implements PublishedFootprint {

    private final DeclarationService declarations;

    SubmissionFootprintJson(DeclarationService declarations) {
        this.declarations = declarations;
    }

    /** New fields come at the end: the open API's fields stay as they were. */
    record ReductionJson(double vehicleKm, double co2eWtwKg, @Nullable Double co2eWtwPercent, @Nullable Double noxG,
                         @Nullable Double pmG, double co2eTailpipeKg, @Nullable Double co2eTailpipePercent) {
        static @Nullable ReductionJson of(@Nullable Reduction r) {
            return r == null ? null : new ReductionJson(FootprintApi.round(r.vehicleKm()), FootprintApi.round(r.co2eWtwKg()),
                    r.co2eWtwPercent() == null ? null : FootprintApi.round(r.co2eWtwPercent()),
                    r.noxG() == null ? null : FootprintApi.round(r.noxG()), r.pmG() == null ? null : FootprintApi.round(r.pmG()),
                    FootprintApi.round(r.co2eTailpipeKg()),
                    r.co2eTailpipePercent() == null ? null : FootprintApi.round(r.co2eTailpipePercent()));
        }
    }

    /**
     * @param linkedNeeds for a joint-purchase proposal, the needs whose declared flows this sums
     *     (computed now with the default factor set); absent for needs and solutions
     */
    record FootprintJson(FootprintApi.FactorSetRefJson factorSet, List<FootprintApi.FiguresJson> flows,
                         FootprintApi.FiguresJson total, @Nullable Instant computedAt,
                         FootprintApi.@Nullable ResultJson baseline, @Nullable ReductionJson reduction,
                         @Nullable List<Long> linkedNeeds,
                         FootprintApi.@Nullable DataQualityJson dataQuality,
                         @Nullable List<EarlierJson> earlier,
                         @Schema(description = "What no footprint includes (ISO 14083's boundary), as the footprint card says it")
                         String outOfScope) implements PublishedFootprint.Document {
    }

    /**
     * A result fixed before the newest one, e.g. with the factor set that was the default then: kept
     * as it was computed, so a recomputation shows old and new side by side (decisions 029, 037).
     */
    record EarlierJson(FootprintApi.FactorSetRefJson factorSet, Instant computedAt, String reason,
                       FootprintApi.FiguresJson total) {
    }

    @Override
    public Optional<PublishedFootprint.Document> of(Submission submission) {
        List<StoredResult> results = declarations.results(submission.id());
        if (results.isEmpty()) {
            // only a joint-purchase proposal sums other submissions' flows: for the others, no query
            if (submission.kind() != SubmissionKind.PROPOSAL) {
                return Optional.empty();
            }
            return declarations.proposalFootprint(submission.id()).filter(p -> p.result() != null).<PublishedFootprint.Document>map(p -> {
                FootprintApi.ResultJson sum =
                        FootprintApi.ResultJson.of(Objects.requireNonNull(p.result(), "filtered"));
                return new FootprintJson(sum.factorSet(), sum.flows(), sum.total(), null, null, null,
                        p.needs().stream().map(SubmissionId::value).toList(), sum.dataQuality(), null,
                        FootprintApi.OUT_OF_SCOPE);
            });
        }
        StoredResult newest = results.getFirst();
        FootprintApi.ResultJson result = FootprintApi.ResultJson.of(newest.result());
        return Optional.of(new FootprintJson(result.factorSet(), result.flows(), result.total(), newest.computedAt(),
                newest.baseline() == null ? null : FootprintApi.ResultJson.of(newest.baseline()),
                ReductionJson.of(newest.reduction()), null, result.dataQuality(),
                results.stream().skip(1).map(r -> new EarlierJson(FootprintApi.ResultJson.of(r.result()).factorSet(),
                        r.computedAt(), r.reason(), FootprintApi.FiguresJson.of(r.result().total()))).toList(),
                FootprintApi.OUT_OF_SCOPE));
    }
}
