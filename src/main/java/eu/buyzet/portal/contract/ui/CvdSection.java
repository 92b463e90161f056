package eu.buyzet.portal.contract.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.contract.CvdComparison;
import eu.buyzet.portal.contract.CvdLine;
import eu.buyzet.portal.contract.CvdTarget;
import eu.buyzet.portal.contract.CvdTargetService;
import eu.buyzet.portal.shared.Formats;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The contract's Clean Vehicles Directive shares against the directive's minimum targets for a
 * country the reader chooses, and the same over the agency's contracts in scope in the reference
 * period, which is what the targets are set for (decision 040).
 */
final class CvdSection extends Section {

    private final CvdTargetService targets;
    private final ContractId contract;
    private final String agencyName;
    private final Div body = new Div();
    private final Select<String> choice = new Select<>();
    /** Whether the directive covers the contract by its CPV codes; outside it, it is held against no target. */
    private final boolean inScope;

    CvdSection(CvdTargetService targets, ContractId contract, String agencyName, boolean inScope) {
        this.targets = targets;
        this.contract = contract;
        this.agencyName = agencyName;
        this.inScope = inScope;
        setId("cvd");
        addClassName("card");
        CvdComparison first = targets.compare(contract, null);
        // the choice stays in place while the lines below it change, so keyboard focus stays on it
        choice.setLabel(t("contracts.cvd.country"));
        // listed by name in the reader's language, as a reader looks for a country, not by its code
        java.text.Collator byName = java.text.Collator.getInstance(getLocale());
        choice.setItems(first.countries().stream()
                .sorted(java.util.Comparator.comparing((String code) -> Locale.of("", code).getDisplayCountry(getLocale()),
                        byName)).toList());
        choice.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(getLocale()));
        choice.setValue(first.country());
        choice.setId("cvd-country");
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                render(targets.compare(contract, e.getValue()));
            }
        });
        add(new H2(t("contracts.cvd.heading")), choice, body);
        render(first);
    }

    private void render(CvdComparison c) {
        body.removeAll();
        Locale locale = getLocale();

        Paragraph period = new Paragraph(period(c, locale));
        period.setId("cvd-period");
        body.add(period);
        if (c.periodFrom() != null && !c.hasTargets()) {
            Paragraph none = new Paragraph(t("contracts.cvd.no-target", choice.getItemLabelGenerator().apply(c.country())));
            none.setId("cvd-no-target");
            body.add(none);
        }
        body.add(new H3(t("contracts.cvd.this-contract")));
        if (!inScope) {
            // the facts above say "not in scope": a verdict against a target here would contradict them
            Paragraph outside = new Paragraph(t("contracts.cvd.this-outside"));
            outside.setId("cvd-contract-outside");
            body.add(outside);
        } else {
            body.add(c.contract().isEmpty() ? new Paragraph(t("contracts.cvd.no-vehicles"))
                    : lines(c.contract(), "cvd-contract", false));
        }
        body.add(new H3(t("contracts.cvd.agency", agencyName, c.agencyContracts())));
        body.add(c.agency().isEmpty() ? new Paragraph(t("contracts.cvd.agency-none")) : lines(c.agency(), "cvd-agency", true));
        Paragraph honest = new Paragraph(t("contracts.cvd.aggregate-note"));
        honest.addClassName("helper");
        body.add(honest);
        Set<String> sources = new LinkedHashSet<>();
        c.contract().stream().map(CvdLine::target).filter(java.util.Objects::nonNull).map(CvdTarget::source)
                .forEach(sources::add);
        c.agency().stream().map(CvdLine::target).filter(java.util.Objects::nonNull).map(CvdTarget::source)
                .forEach(sources::add);
        if (!sources.isEmpty()) {
            UnorderedList list = new UnorderedList();
            sources.forEach(s -> list.add(new ListItem(s)));
            Details details = new Details(t("contracts.cvd.sources"), list);
            details.setId("cvd-sources");
            body.add(details);
        }
    }

    private String period(CvdComparison c, Locale locale) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        LocalDate award = c.awardDate();
        if (c.periodFrom() == null || c.periodTo() == null) {
            return t("contracts.cvd.period.outside", award == null ? "" : award.format(f));
        }
        String span = c.periodFrom().format(f) + " – " + c.periodTo().format(f);
        return award == null ? t("contracts.cvd.period.no-award-date", span)
                : t("contracts.cvd.period", span, award.format(f));
    }

    /**
     * One line per vehicle group. Only the agency's aggregate meets or misses a target; a single
     * contract is said to be above or below it, since the directive does not judge one contract.
     */
    private UnorderedList lines(List<CvdLine> lines, String id, boolean aggregate) {
        String yes = aggregate ? "contracts.cvd.met" : "contracts.cvd.above";
        String no = aggregate ? "contracts.cvd.not-met" : "contracts.cvd.below";
        Formats formats = Formats.of(getLocale());
        UnorderedList list = new UnorderedList();
        list.setId(id);
        for (CvdLine l : lines) {
            ListItem item = new ListItem(new Span(t("contracts.cvd.line", t(l.group().messageKey()), l.vehicles(),
                    formats.percent(l.cleanShare()), formats.percent(l.zeroEmissionShare()))));
            // the directive counts vehicles; the km beside them show whether the clean ones do the driving
            item.add(new Span(" " + t("contracts.cvd.line-km", formats.percent(l.cleanKmShare()),
                    formats.percent(l.zeroEmissionKmShare()))));
            item.addClassName("cvd-" + l.group().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            CvdTarget target = l.target();
            if (target != null) {
                Boolean met = l.cleanMet();
                // the verdict is in words, not colour alone (WCAG 1.4.1)
                Span verdict = new Span(" " + t("contracts.cvd.target", formats.percent(target.cleanMinPercent() / 100))
                        + " " + t(Boolean.TRUE.equals(met) ? yes : no));
                verdict.addClassNames("cvd-verdict", Boolean.TRUE.equals(met) ? "met" : "not-met");
                item.add(verdict);
                Double zero = target.zeroEmissionMinPercent();
                if (zero != null) {
                    item.add(new Span(" " + t("contracts.cvd.target-zero", formats.percent(zero / 100)) + " "
                            + t(Boolean.TRUE.equals(l.zeroEmissionMet()) ? yes : no)));
                }
            }
            list.add(item);
        }
        return list;
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
