package eu.buyzet.portal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import eu.buyzet.portal.buyergroup.GroupTask;
import eu.buyzet.portal.contract.ContractHeadline;
import eu.buyzet.portal.contract.RankedContract;
import eu.buyzet.portal.dialogue.DialogueTask;
import eu.buyzet.portal.notification.Subscription;
import eu.buyzet.portal.notification.SubscriptionKind;
import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.search.SubmissionHit;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in start page: for each of the member's roles, the work waiting, each item linking
 * to where it is done. An empty list says so and names the next step.
 */
final class StartPage extends Div {

    private static final int ITEMS = 5;

    private final StartServices services;
    private final Formats formats;

    StartPage(PortalUser user, StartServices services) {
        this.services = services;
        this.formats = ReaderFormats.of(this);
        setId("start-page");
        addClassName("start-page");
        if (user.has(Role.AGENCY)) {
            add(contracts(), agencyDialogues(), groups());
        }
        if (user.has(Role.SUPPLIER)) {
            List<String> prefixes = services.notifications().following().stream()
                    .filter(s -> s.kind() == SubscriptionKind.CPV).map(Subscription::target).toList();
            List<Submission> needs = matchingNeeds(prefixes);
            add(needs(prefixes, needs), supplierDialogues(needs));
        }
        if (user.has(Role.MODERATOR) || user.has(Role.ADMIN)) {
            add(moderation());
        }
        if (user.has(Role.ADMIN)) {
            add(administration());
        }
    }

    private Section contracts() {
        Section section = section("start-contracts", "start.contracts");
        ContractHeadline headline = services.contracts().headline().orElse(null);
        if (headline == null || headline.contracts() == 0) {
            return empty(section, "start.contracts.none", "footprint/contracts/edit", "start.contracts.map-first");
        }
        section.add(new Paragraph(getTranslation("start.contracts.headline", headline.contracts(),
                formats.figure(headline.co2eWtwKgPerYear()))));
        Double tailpipe = headline.co2eTailpipeKgPerYear();
        Paragraph territorial = new Paragraph(getTranslation("start.contracts.tailpipe", getTranslation("footprint.tailpipe"),
                tailpipe == null ? getTranslation("footprint.tailpipe.not-computed") : formats.figure(tailpipe) + " kg CO2e"));
        territorial.setId("start-contracts-tailpipe");
        section.add(territorial);
        if (headline.estimatedContracts() > 0) {
            Paragraph estimated = new Paragraph(getTranslation("start.contracts.estimated", headline.estimatedContracts(),
                    formats.figure(headline.estimatedCo2eWtwKgPerYear())));
            estimated.setId("start-contracts-estimated");
            section.add(estimated);
        }
        RankedContract top = headline.top();
        if (top != null) {
            Anchor link = inText(new Anchor("footprint/contracts/" + top.id(), top.title()));
            link.setId("start-top-contract");
            section.add(new Paragraph(new Span(getTranslation("start.contracts.top") + " "), link,
                    new Span(" – " + getTranslation("start.contracts.top-figure", formats.figure(top.figures().co2eWtwKg()),
                            top.figures().co2eTailpipeKg() == null ? getTranslation("footprint.tailpipe.not-computed")
                                    : formats.figure(top.figures().co2eTailpipeKg()))
                            + (top.estimated() ? " (" + getTranslation("contracts.estimate.badge") + ")" : ""))));
        }
        section.add(new Paragraph(link("start-contracts-all", "footprint/contracts", "start.contracts.all")));
        return section;
    }

    private Section agencyDialogues() {
        Section section = section("start-dialogues", "start.dialogues");
        List<DialogueTask> tasks = services.dialogues().awaitingMe(ITEMS * 4).stream()
                .filter(t -> t.questionsToAnswer() > 0).limit(ITEMS).toList();
        if (tasks.isEmpty()) {
            return empty(section, "start.dialogues.none", "dialogues", "start.dialogues.open");
        }
        UnorderedList list = new UnorderedList();
        tasks.forEach(t -> list.add(item("dialogues/" + t.dialogue().id(), t.dialogue().title(),
                getTranslation("start.dialogues.questions", t.questionsToAnswer()))));
        section.add(list);
        return section;
    }

    private Section groups() {
        Section section = section("start-groups", "start.groups");
        List<GroupTask> tasks = services.groups().awaitingMe(ITEMS);
        if (tasks.isEmpty()) {
            return empty(section, "start.groups.none", "buyer-groups", "start.groups.open");
        }
        UnorderedList list = new UnorderedList();
        tasks.forEach(t -> list.add(item("buyer-groups/" + t.group().id(), t.group().title(),
                getTranslation("start.groups.step." + t.step().name().toLowerCase(Locale.ROOT).replace('_', '-')))));
        section.add(list);
        return section;
    }

    /** Published needs the member may read whose CPV codes fall under a category it follows, newest first. */
    private List<Submission> matchingNeeds(List<String> prefixes) {
        if (prefixes.isEmpty()) {
            return List.of();
        }
        return services.search().list(SearchQuery.ANY.withKind(SubmissionKind.NEED), new PageRequest(0, 100)).stream()
                .map(SubmissionHit::submission)
                .filter(s -> s.cpvCodes().stream().anyMatch(c -> prefixes.stream().anyMatch(c.digits()::startsWith)))
                .toList();
    }

    private Section needs(List<String> prefixes, List<Submission> needs) {
        Section section = section("start-needs", "start.needs");
        if (prefixes.isEmpty()) {
            return empty(section, "start.needs.no-follows", "notifications", "start.needs.follow");
        }
        if (needs.isEmpty()) {
            return empty(section, "start.needs.none", "forums", "start.needs.browse");
        }
        UnorderedList list = new UnorderedList();
        needs.stream().limit(ITEMS).forEach(s -> list.add(item("submissions/" + s.id(), s.title(), s.organisationName())));
        section.add(list);
        return section;
    }

    /** Dialogues the supplier takes part in, and open ones about a need it follows, with their deadlines. */
    private Section supplierDialogues(List<Submission> needs) {
        Section section = section("start-supplier-dialogues", "start.supplier-dialogues");
        Set<String> needIds = needs.stream().map(s -> s.id().toString()).collect(Collectors.toSet());
        List<DialogueTask> tasks = services.dialogues().awaitingMe(50).stream()
                .filter(t -> t.mayAsk() || t.mayRegister() && needIds.contains(String.valueOf(t.dialogue().submissionId())))
                .sorted(java.util.Comparator.comparing(t -> t.dialogue().clarificationDeadline()))
                .limit(ITEMS).toList();
        if (tasks.isEmpty()) {
            return empty(section, "start.supplier-dialogues.none", "dialogues", "start.dialogues.open");
        }
        UnorderedList list = new UnorderedList();
        tasks.forEach(t -> list.add(item("dialogues/" + t.dialogue().id(), t.dialogue().title(),
                getTranslation(t.mayAsk() ? "start.supplier-dialogues.ask-until" : "start.supplier-dialogues.register",
                        formats.dateTime(t.dialogue().clarificationDeadline())))));
        section.add(list);
        return section;
    }

    private Section moderation() {
        Section section = section("start-moderation", "start.moderation");
        int flags = services.moderation().queueSize(null);
        int pending = services.organisations().countPending();
        if (flags == 0 && pending == 0) {
            return empty(section, "start.moderation.none", "moderation", "start.moderation.open");
        }
        UnorderedList list = new UnorderedList();
        if (flags > 0) {
            list.add(item("moderation", getTranslation("start.moderation.flags", flags), null));
        }
        if (pending > 0) {
            list.add(item("moderation", getTranslation("start.moderation.verifications", pending), null));
        }
        section.add(list);
        return section;
    }

    private Section administration() {
        Section section = section("start-admin", "start.admin");
        int requests = services.members().countMembershipRequests();
        if (requests == 0) {
            return empty(section, "start.admin.none", "admin/members", "start.admin.open");
        }
        UnorderedList list = new UnorderedList();
        list.add(item("admin/members", getTranslation("start.admin.requests", requests), null));
        section.add(list);
        return section;
    }

    private Section section(String id, String headingKey) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.setId(id);
        section.addClassName("card");
        section.addClassName("start-section");
        return section;
    }

    /** The words for an empty list, and the link to the next step. */
    private Section empty(Section section, String textKey, String nextPath, String nextKey) {
        Paragraph text = new Paragraph(getTranslation(textKey) + " ");
        text.addClassName("start-empty");
        text.add(link(section.getId().orElse("start") + "-next", nextPath, nextKey));
        section.add(text);
        return section;
    }

    /**
     * Underlines a link that stands in running text: its colour alone does not set it apart (WCAG
     * 1.4.1), as {@code .markdown a} does for posts.
     */
    static Anchor inText(Anchor link) {
        link.getStyle().set("text-decoration", "underline");
        return link;
    }

    private Anchor link(String id, String path, String key) {
        Anchor link = inText(new Anchor(path, getTranslation(key)));
        link.setId(id);
        return link;
    }

    private static ListItem item(String path, String title, @Nullable String detail) {
        ListItem item = new ListItem(inText(new Anchor(path, title)));
        if (detail != null && !detail.isBlank()) {
            item.add(new Span(" – " + detail));
        }
        return item;
    }
}
