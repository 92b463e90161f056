package eu.buyzet.portal.footprint.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import eu.buyzet.portal.footprint.Declaration;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.footprint.FootprintCard;
import eu.buyzet.portal.footprint.FootprintService;
import eu.buyzet.portal.footprint.ProposalFootprint;
import eu.buyzet.portal.footprint.StoredResult;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.footprint.calculator.Reduction;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.ui.BarChart;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionPage;
import eu.buyzet.portal.submission.SubmissionPageSection;
import eu.buyzet.portal.footprint.components.FlowList;
import eu.buyzet.portal.footprint.components.FootprintFigures;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The footprint card on a submission's page: the result fixed at publishing (or a preview for a
 * draft), a solution's saving against its baseline, earlier results, and for the author the
 * declaration form.
 */
@org.springframework.stereotype.Component
class FootprintSection implements SubmissionPageSection {

    private final DeclarationService declarations;
    private final FootprintService footprints;

    FootprintSection(DeclarationService declarations, FootprintService footprints) {
        this.declarations = declarations;
        this.footprints = footprints;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(SubmissionPage page) {
        Section section = new Section();
        section.addClassName("footprint-card");
        section.addClassName("card");
        section.setId("footprint");
        render(section, page);
        return Optional.of(section);
    }

    private void render(Section section, SubmissionPage page) {
        Submission s = page.submission();
        FootprintCard card = declarations.card(page);
        section.removeAll();
        section.add(new H2(section.getTranslation("footprint.heading")));
        List<StoredResult> results = card.results();
        if (s.kind() == SubmissionKind.PROPOSAL) {
            showProposal(section, card.proposal());
        } else if (!results.isEmpty()) {
            show(section, results.getFirst(), s);
            if (results.size() > 1) {
                UnorderedList history = new UnorderedList();
                results.forEach(r -> history.add(new ListItem(describe(section, r))));
                Details earlier = new Details(section.getTranslation("footprint.history"), history);
                earlier.setId("footprint-history");
                section.add(earlier);
            }
        } else if (card.declaration().isPresent() && card.preview().isEmpty()) {
            Paragraph prefilled = new Paragraph(section.getTranslation("footprint.baseline-prefilled"));
            prefilled.addClassName("notice");
            prefilled.setId("footprint-baseline-prefilled");
            section.add(prefilled);
        } else if (card.declaration().isPresent()) {
            Paragraph preview = new Paragraph(section.getTranslation("footprint.preview-notice"));
            preview.addClassName("notice");
            section.add(preview);
            card.preview().ifPresent(r -> show(section, r, s));
        } else {
            Paragraph none = new Paragraph(section.getTranslation("footprint.none-required"));
            none.setId("footprint-none");
            section.add(none);
        }
        Div actions = new Div();
        actions.addClassName("view-toolbar");
        if (card.mayDeclare()) {
            Button declare = new Button(section.getTranslation(card.declaration().isPresent() ? "footprint.change"
                    : "footprint.declare"), e -> openEditor(section, page, card.declaration().orElse(null)));
            declare.setId("declare-footprint");
            actions.add(declare);
        }
        if (card.mayRecompute()) {
            Button recompute = new Button(section.getTranslation("footprint.recompute"), e ->
                    FormSubmit.attempt(section, Map.of(), () -> declarations.recompute(s.id()))
                            .ifPresent(r -> render(section, page)));
            recompute.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            recompute.setId("recompute-footprint");
            actions.add(recompute);
        }
        if (actions.getComponentCount() > 0) {
            section.add(actions);
        }
    }

    private void show(Section section, StoredResult stored, Submission s) {
        Reduction reduction = stored.reduction();
        if (reduction != null) {
            // the component's locale, not its UI's: the card is built before it is attached
            Formats formats = ReaderFormats.of(section);
            Paragraph saving = new Paragraph(section.getTranslation("footprint.saving",
                    formats.figure(reduction.co2eWtwKg()),
                    reduction.co2eWtwPercent() == null ? "–" : formats.figure(reduction.co2eWtwPercent()),
                    formats.figure(reduction.co2eTailpipeKg()),
                    reduction.co2eTailpipePercent() == null ? "–" : formats.figure(reduction.co2eTailpipePercent())));
            saving.setId("footprint-saving");
            saving.addClassName("footprint-saving");
            section.add(saving);
            BarChart chart = new BarChart(section.getTranslation("footprint.chart"), "kg CO2e",
                    List.of(new BarChart.Bar(section.getTranslation("footprint.chart.baseline"),
                                    Objects.requireNonNull(stored.baseline(), "a saving has its baseline")
                                            .total().co2eWtwKg(), "#8a4b08"),
                            new BarChart.Bar(section.getTranslation("footprint.chart.solution"),
                                    stored.result().total().co2eWtwKg(), "#1a6b3c")));
            chart.setId("footprint-chart");
            section.add(chart);
        }
        section.add(FootprintFigures.of(section, stored.result(), () -> footprints.factorSet(stored.result().factorSetId())));
        if (stored.baseline() != null) {
            Details baseline = new Details(section.getTranslation("footprint.baseline"),
                    FootprintFigures.of(section, stored.baseline(), null));
            baseline.setId("footprint-baseline");
            section.add(baseline);
        }
        if (stored.computedAt() != null && stored.id() > 0) {
            Paragraph when = new Paragraph(describe(section, stored));
            when.addClassName("helper");
            section.add(when);
        }
    }

    /** A proposal declares nothing itself: it shows what the needs it gathers cause together. */
    private void showProposal(Section section, Optional<ProposalFootprint> sum) {
        FootprintResult result = sum.map(ProposalFootprint::result).orElse(null);
        int refused = sum.map(ProposalFootprint::needsRefused).orElse(0);
        if (result == null) {
            Paragraph none = new Paragraph(section.getTranslation("footprint.proposal-none"));
            none.setId("footprint-none");
            section.add(none);
            refusedNotice(section, refused);
            return;
        }
        ProposalFootprint p = sum.get();
        Paragraph lead = new Paragraph(section.getTranslation("footprint.proposal-sum", p.needs().size()));
        lead.setId("footprint-proposal-sum");
        section.add(lead);
        if (p.needsWithoutFootprint() > 0) {
            Paragraph missing = new Paragraph(section.getTranslation("footprint.proposal-missing",
                    p.needsWithoutFootprint()));
            missing.addClassName("notice");
            section.add(missing);
        }
        refusedNotice(section, refused);
        section.add(FootprintFigures.of(section, result, () -> footprints.factorSet(result.factorSetId())));
    }

    /** Linked needs whose flows the calculator now refuses: said, so that a smaller sum is not taken for the whole. */
    private static void refusedNotice(Section section, int refused) {
        if (refused > 0) {
            Paragraph notice = new Paragraph(section.getTranslation("footprint.proposal-refused", refused));
            notice.addClassName("notice");
            notice.setId("footprint-proposal-refused");
            section.add(notice);
        }
    }

    private static String describe(Component c, StoredResult r) {
        Formats formats = ReaderFormats.of(c);
        String when = formats.dateTime(r.computedAt());
        return c.getTranslation("footprint.result-line." + r.reason().toLowerCase(Locale.ROOT), when,
                r.result().factorSetName(), r.result().factorSetVersion(),
                formats.figure(r.result().total().co2eWtwKg()), formats.figure(r.result().total().co2eTtwKg()));
    }

    private void openEditor(Section section, SubmissionPage page, @Nullable Declaration existing) {
        Submission s = page.submission();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(section.getTranslation("footprint.declare"));
        FlowList flows = new FlowList("declared-", "footprint.flow", "footprint.add-flow");
        // a declaration is computed, and published, with the default factor set
        FactorSet factors = footprints.defaultFactorSet();
        flows.setFactorSet(factors);
        Paragraph lead = new Paragraph(section.getTranslation(s.kind() == SubmissionKind.SOLUTION
                ? "footprint.declare.solution-lead" : "footprint.declare.lead"));
        dialog.add(lead, new H3(section.getTranslation("footprint.declared-flows")), flows);
        FlowList baseline = null;
        if (s.kind() == SubmissionKind.SOLUTION) {
            baseline = new FlowList("baseline-", "footprint.baseline-flow", "footprint.add-baseline-flow");
            baseline.setFactorSet(factors);
            dialog.add(new H3(section.getTranslation("footprint.baseline")), baseline);
        }
        if (existing != null) {
            flows.setFlows(existing.flows());
            if (baseline != null) {
                baseline.setFlows(existing.baselineFlows());
            }
        }
        FlowList baselineList = baseline;
        Button save = new Button(section.getTranslation("action.save"), e -> {
            Map<String, HasValidation> fields = new HashMap<>();
            flows.collectFields("flows", fields);
            if (baselineList != null) {
                baselineList.collectFields("baselineFlows", fields);
            }
            fields.values().forEach(f -> f.setInvalid(false));
            boolean readable = flows.check();
            if (!readable | (baselineList != null && !baselineList.check())) {
                return;
            }
            try {
                declarations.declare(s.id(), existing == null ? -1 : existing.version(), flows.flows(),
                        baselineList == null ? List.of() : baselineList.flows());
                dialog.close();
                FieldErrors.notifySuccess(section, section.getTranslation("footprint.saved"));
                render(section, page);
            } catch (ValidationException ex) {
                FieldErrors.show(ex, fields, section);
            } catch (ConcurrentEditException ex) {
                FieldErrors.notifyError(section, section.getTranslation("error.concurrent-edit"));
                // the card behind reads the colleague's declaration, so the form opened again starts from it
                render(section, page);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-footprint");
        dialog.getFooter().add(new Button(section.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(64rem, 100vw)");
        dialog.open();
    }
}
