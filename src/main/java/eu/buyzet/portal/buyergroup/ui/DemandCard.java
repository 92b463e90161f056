package eu.buyzet.portal.buyergroup.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import eu.buyzet.portal.buyergroup.BuyerGroupPage;
import eu.buyzet.portal.buyergroup.Demand;
import eu.buyzet.portal.buyergroup.MemberView;
import eu.buyzet.portal.footprint.ProposalFootprint;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** The combined demand and the members as the reader may see them: a withheld fact is null and left out. */
final class DemandCard extends Section {

    DemandCard(BuyerGroupPage page, Locale locale) {
        Demand d = page.demand();
        NumberFormat number = NumberFormat.getIntegerInstance(locale);
        add(new H2(getTranslation("buyer-group.demand")));
        addClassName("card");
        setId("buyer-group-demand");
        add(new Paragraph(getTranslation("buyer-group.members") + ": " + String.join("; ", d.memberNames())));
        add(new Paragraph(getTranslation(d.signersOnly() ? "buyer-group.counted.committed" : "buyer-group.counted",
                d.counted())));
        UnorderedList units = new UnorderedList();
        units.setId("buyer-group-units");
        for (Demand.UnitTotal u : d.units()) {
            units.add(new ListItem(u.quantity() == null
                    ? getTranslation(u.unit().messageKey()) + ": " + getTranslation("buyer-group.withheld")
                    // a share may be a fraction (0,5 deliveries a year): not rounded to a whole number
                    : ReaderFormats.of(this).amount(u.quantity()) + " " + getTranslation(u.unit().messageKey())));
        }
        add(units);
        DescriptionList figures = new DescriptionList();
        figures.addClassName("footprint-list");
        String withheld = getTranslation("buyer-group.withheld");
        Facts.add(figures, "buyer-group.baseline", d.baselineCo2eKg() == null ? withheld
                : getTranslation("buyer-group.baseline.value", number.format(d.baselineCo2eKg()),
                number.format(d.vehicleKm())), "baseline");
        Facts.add(figures, "buyer-group.saving", d.tailpipeCo2eKg() == null ? withheld
                : getTranslation("buyer-group.saving.value", number.format(d.tailpipeCo2eKg())), "saving");
        add(figures);
        // the proposal's figure, as its page shows it: the group starts from there
        page.proposalFootprint().map(ProposalFootprint::result).filter(Objects::nonNull).ifPresent(r -> {
            Formats formats = ReaderFormats.of(this);
            Paragraph proposal = new Paragraph(getTranslation("buyer-group.proposal-footprint",
                    formats.figure(r.total().co2eWtwKg()), page.proposalFootprint().get().needs().size(),
                    formats.figure(r.total().co2eTtwKg())));
            proposal.setId("buyer-group-proposal-footprint");
            add(proposal);
        });
        if (d.breakdownWithheld()) {
            Paragraph notice = new Paragraph(getTranslation("buyer-group.totals-withheld", d.hiddenShares()));
            notice.addClassName("notice");
            notice.setId("breakdown-withheld");
            add(notice);
        }
        if (!page.members().isEmpty()) {
            UnorderedList members = new UnorderedList();
            members.setId("buyer-group-shares");
            for (MemberView m : page.members()) {
                members.add(new ListItem(memberLine(m, number, locale)));
            }
            add(members);
        }
    }

    private String memberLine(MemberView m, NumberFormat number, Locale locale) {
        StringBuilder line = new StringBuilder();
        if (m.figuresShown()) {
            line.append(getTranslation("buyer-group.member-line", m.organisationName(), ReaderFormats.of(this).amount(Objects.requireNonNull(m.quantity(), "shown with its figures")),
                    getTranslation(Objects.requireNonNull(m.unit(), "shown with its figures").messageKey())));
            line.append(" · ").append(getTranslation("buyer-group.baseline.value", number.format(m.baselineCo2eKg()),
                    number.format(m.baselineVehicleKm())));
        } else {
            line.append(m.organisationName());
        }
        if (m.annualValue() != null) {
            line.append(" · ").append(getTranslation("buyer-group.value", number.format(m.annualValue()), m.currency()));
        }
        if (m.jointParts() != null) {
            line.append(" · ").append(m.jointParts().stream().sorted()
                    .map(p -> getTranslation(p.messageKey())).collect(Collectors.joining(", ")));
        }
        if (m.contactName() != null) {
            line.append(" · ").append(m.contactName()).append(" <").append(m.contactEmail()).append(">");
        }
        if (m.letterSigned() != null) {
            line.append(" · ").append(m.letterSigned()
                    ? getTranslation("buyer-group.letter.signed", m.letterSignedBy(), Facts.date(m.letterSignedAt(), locale))
                    : getTranslation("buyer-group.letter.missing"));
        }
        if (!m.figuresShown()) {
            line.append(" · ").append(getTranslation("buyer-group.share-hidden-from-you"));
        } else if (!m.shareVisible()) {
            line.append(" · ").append(getTranslation(m.shareVisibleToAgencies() ? "buyer-group.share-agencies-only"
                    : "buyer-group.share-hidden"));
        }
        return line.toString();
    }
}
