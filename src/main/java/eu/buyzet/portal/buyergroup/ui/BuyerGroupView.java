package eu.buyzet.portal.buyergroup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadEvent;
import eu.buyzet.portal.buyergroup.BuyerGroup;
import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.buyergroup.BuyerGroupId;
import eu.buyzet.portal.buyergroup.BuyerGroupPage;
import eu.buyzet.portal.buyergroup.BuyerGroupService;
import eu.buyzet.portal.buyergroup.BuyerGroupStatus;
import eu.buyzet.portal.buyergroup.Demand;
import eu.buyzet.portal.buyergroup.FootprintSource;
import eu.buyzet.portal.buyergroup.GroupAction;
import eu.buyzet.portal.buyergroup.GroupMember;
import eu.buyzet.portal.buyergroup.MemberView;
import eu.buyzet.portal.buyergroup.GroupStep;
import eu.buyzet.portal.buyergroup.NoticeReference;
import eu.buyzet.portal.buyergroup.SupplierInterest;
import eu.buyzet.portal.contract.ContractMetric;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ViewFrame;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.json.JsonMapper;

/**
 * One buyer group: what it buys and its state, the combined demand as the reader may see it,
 * interested suppliers, the timeline, and the steps the reader may take. Every action is checked
 * again by the service.
 */
@Route("buyer-groups")
@AnonymousAllowed
class BuyerGroupView extends ViewFrame implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final BuyerGroupService groups;
    private final SubmissionService submissions;
    private final ContractService contracts;
    private final DeclarationService declarations;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final String ocidPrefix;
    private final Div content = new Div();
    private BuyerGroupPage page;

    BuyerGroupView(BuyerGroupService groups, SubmissionService submissions, ContractService contracts,
                   DeclarationService declarations, CurrentUser currentUser, JsonMapper json,
                   @Value("${buyzet.ocds.ocid-prefix:ocds-buyzet}") String ocidPrefix, AuditTrail audit) {
        this.audit = audit;
        this.groups = groups;
        this.submissions = submissions;
        this.contracts = contracts;
        this.declarations = declarations;
        this.currentUser = currentUser;
        this.json = json;
        this.ocidPrefix = ocidPrefix;
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        page = groups.page(BuyerGroupId.of(id));
        render();
    }

    private void reload() {
        page = groups.page(page.group().id());
        render();
    }

    private void render() {
        BuyerGroup g = page.group();
        content.removeAll();
        setHeading(g.title());
        Locale locale = getLocale();

        DescriptionList facts = new DescriptionList();
        facts.addClassName("footprint-list");
        facts.setId("buyer-group-facts");
        fact(facts, "buyer-group.status", getTranslation(g.status().messageKey()), "status");
        fact(facts, "buyer-group.lead-buyer", g.leadOrganisationName(), "lead");
        if (g.centralPurchasingBody() != null) {
            fact(facts, "buyer-group.central-purchasing-body", g.centralPurchasingBody(), "cpb");
        }
        if (g.plannedTenderDate() != null) {
            fact(facts, "buyer-group.planned-tender-date", g.plannedTenderDate()
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)), "planned");
        }
        if (g.notice() != null) {
            Anchor notice = new Anchor(g.notice().url(), g.notice().system() + " " + g.notice().id());
            notice.setTarget("_blank");
            notice.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(new DescriptionList.Term(getTranslation("buyer-group.notice")),
                    new DescriptionList.Description(notice));
        }
        if (g.cancelReason() != null) {
            fact(facts, "buyer-group.cancel-reason", g.cancelReason(), "cancel-reason");
        }
        content.add(facts, new Paragraph(new Anchor("submissions/" + g.proposalId(), g.title())));

        content.add(demandSection(g, locale));
        content.add(suppliersSection());
        Div actions = actions(g);
        if (actions.getComponentCount() > 0) {
            content.add(actions);
        }
        content.add(timeline(locale));
        Div downloads = new Div(csvLink(g), ocdsLink(g));
        downloads.addClassName("view-toolbar");
        content.add(downloads);
    }

    private void fact(DescriptionList list, String key, String value, String id) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.setId("fact-" + id);
        list.add(new DescriptionList.Term(getTranslation(key)), description);
    }

    private Section demandSection(BuyerGroup g, Locale locale) {
        Demand d = page.demand();
        NumberFormat number = NumberFormat.getIntegerInstance(locale);
        Section section = new Section(new H2(getTranslation("buyer-group.demand")));
        section.addClassName("card");
        section.setId("buyer-group-demand");
        section.add(new Paragraph(getTranslation("buyer-group.members") + ": " + String.join("; ", d.memberNames())));
        boolean committed = g.status() != BuyerGroupStatus.FORMING && g.status() != BuyerGroupStatus.CANCELLED;
        section.add(new Paragraph(getTranslation(committed ? "buyer-group.counted.committed" : "buyer-group.counted",
                d.counted())));
        UnorderedList units = new UnorderedList();
        units.setId("buyer-group-units");
        for (Demand.UnitTotal u : d.units()) {
            units.add(new ListItem(u.quantity() == null
                    ? getTranslation(u.unit().messageKey()) + ": " + getTranslation("buyer-group.withheld")
                    : number.format(u.quantity()) + " " + getTranslation(u.unit().messageKey())));
        }
        section.add(units);
        DescriptionList figures = new DescriptionList();
        figures.addClassName("footprint-list");
        String withheld = getTranslation("buyer-group.withheld");
        fact(figures, "buyer-group.baseline", d.baselineCo2eKg() == null ? withheld
                : getTranslation("buyer-group.baseline.value", number.format(d.baselineCo2eKg()),
                number.format(d.vehicleKm())), "baseline");
        fact(figures, "buyer-group.saving", d.tailpipeCo2eKg() == null ? withheld
                : getTranslation("buyer-group.saving.value", number.format(d.tailpipeCo2eKg())), "saving");
        section.add(figures);
        if (d.breakdownWithheld()) {
            Paragraph notice = new Paragraph(getTranslation("buyer-group.totals-withheld", d.hiddenShares()));
            notice.addClassName("notice");
            notice.setId("breakdown-withheld");
            section.add(notice);
        }
        if (!page.members().isEmpty()) {
            UnorderedList members = new UnorderedList();
            members.setId("buyer-group-shares");
            for (MemberView m : page.members()) {
                members.add(new ListItem(memberLine(m, number, locale)));
            }
            section.add(members);
        }
        return section;
    }

    /** One member with what the service gave: a fact withheld from this reader is null and left out. */
    private String memberLine(MemberView m, NumberFormat number, Locale locale) {
        StringBuilder line = new StringBuilder();
        if (m.figuresShown()) {
            line.append(getTranslation("buyer-group.member-line", m.organisationName(), number.format(m.quantity()),
                    getTranslation(m.unit().messageKey())));
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
                    ? getTranslation("buyer-group.letter.signed", m.letterSignedBy(), date(m.letterSignedAt(), locale))
                    : getTranslation("buyer-group.letter.missing"));
        }
        if (!m.shareVisible()) {
            line.append(" · ").append(getTranslation(m.figuresShown() ? "buyer-group.share-hidden"
                    : "buyer-group.share-hidden-from-you"));
        }
        return line.toString();
    }

    private Section suppliersSection() {
        Demand d = page.demand();
        Section section = new Section(new H2(getTranslation("buyer-group.suppliers")));
        section.addClassName("card");
        section.setId("buyer-group-suppliers");
        Paragraph count = new Paragraph(getTranslation("buyer-group.suppliers.count", d.capableSuppliers()));
        count.setId("supplier-count");
        Paragraph threshold = new Paragraph(getTranslation(d.marketMature() ? "buyer-group.suppliers.mature"
                : "buyer-group.suppliers.not-mature", d.threshold()));
        threshold.addClassName("helper");
        section.add(count, threshold);
        if (page.interests() != null) {
            UnorderedList list = new UnorderedList();
            list.setId("supplier-interests");
            for (SupplierInterest i : page.interests()) {
                ListItem item = new ListItem(i.organisationName() + ": " + i.statement());
                for (var s : i.solutions()) {
                    submissions.find(s).ifPresent(sol -> item.add(new Paragraph(new Anchor("submissions/" + sol.id(),
                            sol.title()))));
                }
                list.add(item);
            }
            section.add(list);
        }
        if (page.myInterest().isPresent()) {
            Paragraph yours = new Paragraph(getTranslation("buyer-group.interest.yours"));
            yours.setId("interest-registered");
            section.add(yours);
        }
        return section;
    }

    private Div actions(BuyerGroup g) {
        Div actions = new Div();
        actions.addClassName("view-toolbar");
        actions.setId("buyer-group-actions");
        Set<GroupAction> may = page.actions();
        if (may.contains(GroupAction.JOIN)) {
            actions.add(button("join-group", "buyer-group.join", true, () -> openShare(g, null)));
        }
        if (may.contains(GroupAction.CHANGE_SHARE)) {
            actions.add(button("change-share", "buyer-group.change-share", false,
                    () -> openShare(g, groups.myMembership(g.id()).orElseThrow())));
        }
        if (may.contains(GroupAction.SIGN_LETTER)) {
            actions.add(button("sign-letter", "buyer-group.letter", true, () -> openLetter(g)));
        }
        if (may.contains(GroupAction.LEAVE)) {
            actions.add(button("leave-group", "buyer-group.leave", false, () -> act(() -> {
                groups.leave(g.id());
                return g;
            }, "buyer-group.left")));
        }
        if (may.contains(GroupAction.COMMIT)) {
            actions.add(button("commit-group", "buyer-group.commit", true,
                    () -> act(() -> groups.commit(g.id(), g.version()), "buyer-group.committed")));
        }
        if (may.contains(GroupAction.START_TENDERING)) {
            actions.add(button("start-tendering", "buyer-group.tender", true, () -> openTender(g)));
        }
        if (may.contains(GroupAction.AWARD)) {
            actions.add(button("award-group", "buyer-group.award", true,
                    () -> act(() -> groups.award(g.id(), g.version()), "buyer-group.step.awarded")));
        }
        if (may.contains(GroupAction.CANCEL)) {
            Button cancel = button("cancel-group", "buyer-group.cancel", false, () -> openCancel(g));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        if (may.contains(GroupAction.REGISTER_INTEREST) || may.contains(GroupAction.CHANGE_INTEREST)) {
            boolean registered = may.contains(GroupAction.CHANGE_INTEREST);
            actions.add(button("register-interest", registered ? "buyer-group.interest.change" : "buyer-group.interest",
                    !registered, () -> openInterest(g)));
        }
        if (may.contains(GroupAction.WITHDRAW_INTEREST)) {
            actions.add(button("withdraw-interest", "buyer-group.interest.withdraw", false, () -> act(() -> {
                groups.withdrawInterest(g.id());
                return g;
            }, "buyer-group.step.interest-withdrawn")));
        }
        return actions;
    }

    private Button button(String id, String key, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void act(java.util.function.Supplier<Object> step, String doneKey) {
        FormSubmit.attempt(this, Map.of(), step).ifPresent(done -> {
            FieldErrors.notifySuccess(this, getTranslation(doneKey));
            reload();
        });
    }

    private void openShare(BuyerGroup g, GroupMember existing) {
        PortalUser user = currentUser.require();
        List<ShareDialog.Option> options = new ArrayList<>();
        contracts.rankAll(user.organisationId(), ContractMetric.CO2E).forEach(c -> options.add(new ShareDialog.Option(
                new FootprintSource(FootprintSource.Kind.CONTRACT, c.id().value()),
                getTranslation("buyer-group.footprint.contract", c.title()))));
        for (Submission need : submissions.mine(SubmissionStatus.PUBLISHED, new PageRequest(0, PageRequest.MAX_LIMIT))) {
            if (need.kind() == SubmissionKind.NEED && declarations.find(need.id()).isPresent()) {
                options.add(new ShareDialog.Option(new FootprintSource(FootprintSource.Kind.NEED, need.id().value()),
                        getTranslation("buyer-group.footprint.need", need.title())));
            }
        }
        new ShareDialog(getTranslation(existing == null ? "buyer-group.join" : "buyer-group.change-share"), options,
                existing, user.displayName(), user.email(),
                share -> existing == null ? groups.join(g.id(), share) : groups.changeShare(g.id(), existing.version(), share),
                () -> {
                    FieldErrors.notifySuccess(this, getTranslation(existing == null ? "buyer-group.joined"
                            : "buyer-group.share-saved"));
                    reload();
                }).open();
    }

    private void openLetter(BuyerGroup g) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("buyer-group.letter"));
        TextField name = new TextField(getTranslation("buyer-group.letter.name"));
        name.setValue(currentUser.require().displayName());
        name.setWidthFull();
        name.setId("letter-name");
        name.setManualValidation(true);
        dialog.add(new Paragraph(getTranslation("buyer-group.letter.lead")), name);
        confirm(dialog, "confirm-letter", "buyer-group.letter", Map.of("signerName", name),
                () -> groups.signLetterOfIntent(g.id(), name.getValue()), "buyer-group.step.letter-signed");
    }

    private void openTender(BuyerGroup g) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("buyer-group.tender"));
        Select<NoticeReference.System> system = new Select<>();
        system.setLabel(getTranslation("buyer-group.notice-system"));
        system.setItems(NoticeReference.System.values());
        system.setItemLabelGenerator(s -> s == NoticeReference.System.DOFFIN ? "Doffin" : "TED");
        system.setValue(NoticeReference.System.DOFFIN);
        system.setId("notice-system");
        TextField id = new TextField(getTranslation("buyer-group.notice-id"));
        id.setHelperText(getTranslation("buyer-group.notice-id.help"));
        id.setId("notice-id");
        TextField url = new TextField(getTranslation("buyer-group.notice-url"));
        url.setWidthFull();
        url.setId("notice-url");
        for (HasValidation f : List.of(system, id, url)) {
            f.setManualValidation(true);
        }
        dialog.add(new Paragraph(getTranslation("buyer-group.tender.lead")), system, id, url);
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("noticeSystem", system);
        fields.put("noticeId", id);
        fields.put("noticeUrl", url);
        confirm(dialog, "confirm-tender", "buyer-group.tender", fields, () -> groups.startTendering(g.id(), g.version(),
                new NoticeReference(system.getValue(), id.getValue(), url.getValue())), "buyer-group.step.tendering");
    }

    private void openCancel(BuyerGroup g) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("buyer-group.cancel"));
        TextArea reason = new TextArea(getTranslation("buyer-group.reason"));
        reason.setWidthFull();
        reason.setId("cancel-reason");
        reason.setManualValidation(true);
        dialog.add(new Paragraph(getTranslation("buyer-group.cancel.lead")), reason);
        confirm(dialog, "confirm-cancel", "buyer-group.cancel", Map.of("reason", reason),
                () -> groups.cancel(g.id(), g.version(), reason.getValue()), "buyer-group.step.cancelled");
    }

    private void openInterest(BuyerGroup g) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("buyer-group.interest"));
        Optional<SupplierInterest> existing = page.myInterest();
        TextArea statement = new TextArea(getTranslation("buyer-group.interest.statement"));
        statement.setHelperText(getTranslation("buyer-group.interest.statement.help"));
        statement.setWidthFull();
        statement.setMinHeight("8rem");
        statement.setId("interest-statement");
        statement.setManualValidation(true);
        MultiSelectComboBox<Submission> solutions = new MultiSelectComboBox<>(
                getTranslation("buyer-group.interest.solutions"));
        List<Submission> own = submissions.mine(SubmissionStatus.PUBLISHED, new PageRequest(0, PageRequest.MAX_LIMIT))
                .stream().filter(s -> s.kind() == SubmissionKind.SOLUTION).toList();
        solutions.setItems(own);
        solutions.setItemLabelGenerator(Submission::title);
        solutions.setWidthFull();
        solutions.setId("interest-solutions");
        solutions.setManualValidation(true);
        existing.ifPresent(i -> {
            statement.setValue(i.statement());
            solutions.setValue(own.stream().filter(s -> i.solutions().contains(s.id())).collect(Collectors.toSet()));
        });
        dialog.add(statement, solutions);
        confirm(dialog, "confirm-interest", "buyer-group.interest", Map.of("statement", statement, "solutions", solutions),
                () -> groups.registerInterest(g.id(), statement.getValue(),
                        solutions.getValue().stream().map(Submission::id).toList()), "buyer-group.interest.saved");
    }

    private void confirm(Dialog dialog, String id, String key, Map<String, ? extends HasValidation> fields,
                         java.util.function.Supplier<Object> step, String doneKey) {
        Button ok = new Button(getTranslation(key), e -> FormSubmit.attempt(dialog, fields, step).ifPresent(done -> {
            dialog.close();
            FieldErrors.notifySuccess(this, getTranslation(doneKey));
            reload();
        }));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId(id);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
    }

    private Section timeline(Locale locale) {
        Section section = new Section(new H2(getTranslation("buyer-group.timeline")));
        section.setId("buyer-group-timeline");
        OrderedList list = new OrderedList();
        for (GroupStep s : page.steps()) {
            StringBuilder line = new StringBuilder(date(s.at(), locale)).append(": ").append(getTranslation(s.messageKey()))
                    .append(" – ").append(s.byOrganisation());
            if (s.byName() != null) {
                line.append(" (").append(s.byName()).append(")");
            }
            if (s.detail() != null) {
                line.append(": ").append(s.detail());
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
            byte[] csv = groups.membersCsv(g.id());
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
            String base = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                    .build().toUriString();
            Map<String, Object> release = groups.ocdsRelease(g.id(), ocidPrefix, base);
            audit.recordAccess("data-export.buyer-group-ocds", "buyer-group", g.id(), Map.of("format", "ocds"));
            try (OutputStream out = event.getOutputStream()) {
                out.write(json.writerWithDefaultPrettyPrinter().writeValueAsString(release)
                        .getBytes(StandardCharsets.UTF_8));
            }
        }, getTranslation("buyer-group.download-ocds"));
        link.setId("download-ocds");
        return link;
    }

    private static String date(java.time.Instant at, Locale locale) {
        return at == null ? "" : at.atZone(OSLO).toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    @Override
    public String getPageTitle() {
        return (page == null ? getTranslation("buyer-group.heading") : page.group().title()) + " – "
                + getTranslation("app.name");
    }
}
