package eu.buyzet.portal.buyergroup.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadEvent;
import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.buyergroup.BuyerGroup;
import eu.buyzet.portal.buyergroup.BuyerGroupExports;
import eu.buyzet.portal.buyergroup.BuyerGroupId;
import eu.buyzet.portal.buyergroup.BuyerGroupInterest;
import eu.buyzet.portal.buyergroup.BuyerGroupLifecycle;
import eu.buyzet.portal.buyergroup.BuyerGroupPage;
import eu.buyzet.portal.buyergroup.BuyerGroupService;
import eu.buyzet.portal.buyergroup.BuyerGroupShares;
import eu.buyzet.portal.buyergroup.GroupStep;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.shared.ui.ViewFrame;
import eu.buyzet.portal.submission.SubmissionService;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * One buyer group: what it buys and its state, the combined demand as the reader may see it,
 * interested suppliers, the timeline, and the steps the reader may take. It prints the page's
 * read model ({@link BuyerGroupPage}) and decides nothing; every step is checked again by the service.
 */
@Route("buyer-groups")
@AnonymousAllowed
class BuyerGroupView extends ViewFrame implements HasUrlParameter<Long>, HasDynamicTitle {

    private final BuyerGroupService groups;
    private final BuyerGroupExports exports;
    private final SubmissionService submissions;
    private final GroupActions.Steps steps;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final String ocidPrefix;
    private final Div content = new Div();
    private @Nullable BuyerGroupPage page;

    BuyerGroupView(BuyerGroupService groups, BuyerGroupLifecycle lifecycle, BuyerGroupShares shares,
                   BuyerGroupInterest interest, BuyerGroupExports exports, SubmissionService submissions,
                   CurrentUser currentUser, JsonMapper json,
                   @Value("${buyzet.ocds.ocid-prefix:ocds-buyzet}") String ocidPrefix, AuditTrail audit) {
        this.groups = groups;
        this.exports = exports;
        this.submissions = submissions;
        this.steps = new GroupActions.Steps(lifecycle, shares, interest, currentUser);
        this.json = json;
        this.ocidPrefix = ocidPrefix;
        this.audit = audit;
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(groups.page(BuyerGroupId.of(id)));
    }

    private void show(BuyerGroupPage shown) {
        page = shown;
        BuyerGroup g = shown.group();
        content.removeAll();
        setHeading(g.title());
        Locale locale = getLocale();
        content.add(facts(g, locale), new Paragraph(new Anchor("submissions/" + g.proposalId(), g.title())));
        content.add(new DemandCard(shown, locale), new SuppliersCard(shown, submissions));
        if (!shown.actions().isEmpty()) {
            content.add(new GroupActions(shown, steps, () -> show(groups.page(g.id()))));
        }
        content.add(timeline(shown, locale));
        Div downloads = new Div(csvLink(g), ocdsLink(g));
        downloads.addClassName("view-toolbar");
        content.add(downloads);
    }

    private DescriptionList facts(BuyerGroup g, Locale locale) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("footprint-list");
        facts.setId("buyer-group-facts");
        Facts.add(facts, "buyer-group.status", getTranslation(g.status().messageKey()), "status");
        Facts.add(facts, "buyer-group.lead-buyer", g.leadOrganisationName(), "lead");
        if (g.centralPurchasingBody() != null) {
            Facts.add(facts, "buyer-group.central-purchasing-body", g.centralPurchasingBody(), "cpb");
        }
        if (g.plannedTenderDate() != null) {
            Facts.add(facts, "buyer-group.planned-tender-date", g.plannedTenderDate()
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)), "planned");
        }
        if (g.notice() != null) {
            Anchor notice = new Anchor(g.notice().url(), g.notice().displayName());
            notice.setTarget("_blank");
            notice.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(new DescriptionList.Term(getTranslation("buyer-group.notice")),
                    new DescriptionList.Description(notice));
        }
        if (g.cancelReason() != null) {
            Facts.add(facts, "buyer-group.cancel-reason", g.cancelReason(), "cancel-reason");
        }
        return facts;
    }

    private Section timeline(BuyerGroupPage shown, Locale locale) {
        Section section = new Section(new H2(getTranslation("buyer-group.timeline")));
        section.setId("buyer-group-timeline");
        OrderedList list = new OrderedList();
        for (GroupStep s : shown.steps()) {
            StringBuilder line = new StringBuilder(Facts.date(s.at(), locale)).append(": ")
                    .append(getTranslation(s.messageKey())).append(" – ").append(s.byOrganisation());
            if (s.byName() != null) {
                line.append(" (").append(s.byName()).append(")");
            }
            String detail = s.detail();
            // some steps store who took them as their detail too (a supplier's interest, a signer): said once
            if (detail != null && !detail.equals(s.byOrganisation()) && !detail.equals(s.byName())) {
                line.append(": ").append(s.step().equals("joined") || s.step().equals("share-changed")
                        ? Facts.shareDetail(this, detail, locale) : detail);
            }
            list.add(new ListItem(line.toString()));
        }
        section.add(list);
        return section;
    }

    private Anchor csvLink(BuyerGroup g) {
        Anchor link = new Anchor((DownloadEvent event) -> {
            event.setFileName("buyer-group-" + g.id() + "-members.csv");
            event.setContentType("text/csv; charset=UTF-8");
            byte[] csv = exports.membersCsv(g.id());
            audit.recordAccess("data-export.buyer-group-members", "buyer-group", g.id(), Map.of("format", "csv"));
            try (OutputStream out = event.getOutputStream()) {
                out.write(csv);
            }
        }, getTranslation("buyer-group.download-csv"));
        link.setId("download-members-csv");
        return link;
    }

    private Anchor ocdsLink(BuyerGroup g) {
        Anchor link = new Anchor((DownloadEvent event) -> {
            event.setFileName("buyer-group-" + g.id() + "-ocds.json");
            event.setContentType("application/json");
            String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
            Map<String, Object> release = exports.ocdsRelease(g.id(), ocidPrefix, base);
            audit.recordAccess("data-export.buyer-group-ocds", "buyer-group", g.id(), Map.of("format", "ocds"));
            try (OutputStream out = event.getOutputStream()) {
                out.write(json.writerWithDefaultPrettyPrinter().writeValueAsString(release)
                        .getBytes(StandardCharsets.UTF_8));
            }
        }, getTranslation("buyer-group.download-ocds"));
        link.setId("download-ocds");
        return link;
    }

    @Override
    public String getPageTitle() {
        return (page == null ? getTranslation("buyer-group.heading") : page.group().title()) + " – "
                + getTranslation("app.name");
    }
}
