package eu.buyzet.portal.dialogue.ui;

import static eu.buyzet.portal.dialogue.ui.DialogueSections.button;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadEvent;
import eu.buyzet.portal.dialogue.Dialogue;
import eu.buyzet.portal.dialogue.DialogueAccess;
import eu.buyzet.portal.dialogue.DialogueExportService;
import eu.buyzet.portal.dialogue.DialogueId;
import eu.buyzet.portal.dialogue.DialogueMeetingService;
import eu.buyzet.portal.dialogue.DialoguePage;
import eu.buyzet.portal.dialogue.DialoguePage.MeetingEntry;
import eu.buyzet.portal.dialogue.DialoguePageService;
import eu.buyzet.portal.dialogue.DialoguePhase;
import eu.buyzet.portal.dialogue.DialoguePhaseService;
import eu.buyzet.portal.dialogue.DialogueQuestionService;
import eu.buyzet.portal.dialogue.Meeting;
import eu.buyzet.portal.dialogue.MeetingKind;
import eu.buyzet.portal.shared.ui.Confirmation;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ViewFrame;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One market dialogue: its purpose and questions to the market, the published questions and
 * answers (never naming who asked to other suppliers), meetings with booking and calendar
 * invitations, written input, the timeline, and the report. It renders the page's read model
 * ({@link DialoguePageService#page}): what is shown and which actions are offered are decided
 * there, and each action is checked again by its service.
 */
@Route("dialogues")
@AnonymousAllowed
class DialogueView extends ViewFrame implements HasUrlParameter<Long>, HasDynamicTitle {

    private final DialoguePageService pages;
    private final DialoguePhaseService phases;
    private final DialogueMeetingService meetings;
    private final DialogueExportService exports;
    private final DialogueForms forms;
    private final DialogueSections sections = new DialogueSections(this);
    private final Div content = new Div();
    private DialoguePage page;

    DialogueView(DialoguePageService pages, DialoguePhaseService phases, DialogueQuestionService questions,
                 DialogueMeetingService meetings, DialogueExportService exports) {
        this.pages = pages;
        this.phases = phases;
        this.meetings = meetings;
        this.exports = exports;
        this.forms = new DialogueForms(this, questions, meetings, this::reload);
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        page = pages.page(DialogueId.of(id));
        render();
    }

    private void reload() {
        page = pages.page(page.dialogue().id());
        render();
        refocus();
    }

    private void render() {
        Dialogue d = page.dialogue();
        DialogueAccess access = page.access();
        content.removeAll();
        setHeading(d.title());
        Locale locale = getLocale();

        Paragraph facts = new Paragraph(getTranslation(d.phase().messageKey()) + " · "
                + DialogueCards.window(page.questionWindow(), this, locale));
        facts.setId("dialogue-phase");
        content.add(facts, DialogueCards.stepper(page.phases(), this, locale));
        if (d.locked()) {
            Paragraph locked = new Paragraph(getTranslation("dialogue.locked", d.lockedReason()));
            locked.addClassName("notice");
            locked.setId("dialogue-locked");
            content.add(locked);
        }
        if (d.submissionId() != null && d.submissionTitle() != null) {
            content.add(new Paragraph(new Anchor("submissions/" + d.submissionId(),
                    getTranslation("dialogue.for", d.submissionTitle()))));
        }
        content.add(new Paragraph(new Anchor("forums/" + d.forumId(),
                d.forumTitle(locale))));
        Paragraph purpose = new Paragraph(d.purpose());
        purpose.addClassName("submission-summary");
        content.add(new H2(getTranslation("dialogue.purpose")), purpose);
        if (!d.questions().isEmpty()) {
            OrderedList asked = new OrderedList();
            d.questions().forEach(q -> asked.add(new ListItem(q)));
            content.add(new H2(getTranslation("dialogue.questions")), asked);
        }

        Div actions = actions(d, access);
        if (actions.getComponentCount() > 0) {
            content.add(actions);
        }
        if (access.participant()) {
            Paragraph registered = new Paragraph(getTranslation("dialogue.you-take-part"));
            registered.setId("dialogue-registered");
            content.add(registered);
        }

        content.add(sections.questions(page.questions(), forms::answer));
        content.add(meetingsSection(page.meetings(), locale));
        content.add(sections.inputs(page));
        content.add(sections.participants(page));
        content.add(sections.timeline(page.timeline(), locale));
        String reportFile = getTranslation("dialogue.report.file-name", d.id().value());
        Anchor report = new Anchor((DownloadEvent event) -> {
            event.setFileName(reportFile);
            event.setContentType("application/pdf");
            byte[] pdf = exports.report(d, locale);
            try (OutputStream out = event.getOutputStream()) {
                out.write(pdf);
            }
        }, getTranslation("dialogue.report"));
        report.setId("download-report");
        content.add(new Paragraph(report));
    }

    private Div actions(Dialogue d, DialogueAccess access) {
        Div actions = new Div();
        actions.addClassName("view-toolbar");
        actions.setId("dialogue-actions");
        DialoguePhase next = access.nextPhase();
        if (next != null) {
            String label = getTranslation("dialogue.advance", getTranslation(next.messageKey()));
            actions.add(button("advance-phase", label, false, () -> Confirmation.ask(new Confirmation.Texts(
                    getTranslation("dialogue.advance.question", getTranslation(next.messageKey())),
                    getTranslation("dialogue.advance.consequence." + next.name().toLowerCase(Locale.ROOT)),
                    label), "confirm-advance-phase", next == DialoguePhase.CLOSED,
                    () -> act(() -> phases.advance(d), "dialogue.advanced"))));
        }
        if (access.mayPlanMeeting()) {
            actions.add(button("plan-meeting", getTranslation("dialogue.plan-meeting"), false, () -> forms.meeting(d)));
        }
        if (access.mayRegister()) {
            actions.add(button("register-dialogue", getTranslation("dialogue.register"), true, () -> act(() -> {
                phases.register(d);
                return d;
            }, "dialogue.registered")));
        }
        if (access.mayAsk()) {
            actions.add(button("ask-question", getTranslation("dialogue.ask"), true, () -> forms.ask(d)));
        }
        if (access.mayGiveInput()) {
            actions.add(button("give-input", getTranslation("dialogue.input"), false,
                    () -> forms.input(d)));
        }
        return actions;
    }

    private Section meetingsSection(List<MeetingEntry> entries, Locale locale) {
        Section section = new Section(new H2(getTranslation("dialogue.meetings")));
        section.addClassName("card");
        section.setId("dialogue-meetings");
        if (entries.isEmpty()) {
            section.add(new Paragraph(getTranslation("dialogue.meetings.none")));
        }
        for (MeetingEntry entry : entries) {
            Meeting m = entry.meeting();
            Div item = new Div();
            item.setId("meeting-" + m.id());
            item.add(new H3(m.title()));
            String kind = m.kind() == MeetingKind.ONE_TO_ONE
                    ? getTranslation("dialogue.one-to-one", m.capacity(), m.slotMinutes())
                    : getTranslation("dialogue.meeting-kind.plenary");
            String where = m.place() != null ? m.place() : m.onlineLink() != null ? m.onlineLink()
                    : getTranslation("dialogue.online-for-participants");
            item.add(new Paragraph(kind + " · " + DialogueCards.when(m.startsAt(), locale) + " · " + where));
            Paragraph seats = new Paragraph(getTranslation("dialogue.seats", m.booked(), m.capacity(), m.waiting()));
            seats.setId("meeting-seats-" + m.id());
            item.add(seats);
            if (m.myBooking()) {
                Paragraph mine = new Paragraph(m.waitingListed() ? getTranslation("dialogue.waiting")
                        : getTranslation("dialogue.booked", DialogueCards.when(m.mySlotStart(), locale)));
                mine.setId("my-booking-" + m.id());
                item.add(mine);
            }
            if (m.minutes() != null) {
                item.add(new Paragraph(getTranslation("dialogue.minutes") + ": " + m.minutes()));
            }
            Div buttons = new Div();
            buttons.addClassName("view-toolbar");
            if (entry.mayCancelBooking()) {
                buttons.add(button("cancel-booking-" + m.id(), getTranslation("dialogue.cancel-booking"), false,
                        () -> Confirmation.ask(new Confirmation.Texts(
                                getTranslation("dialogue.cancel-booking.question", m.title()),
                                getTranslation(m.waitingListed() ? "dialogue.cancel-booking.consequence.waiting"
                                        : "dialogue.cancel-booking.consequence"),
                                getTranslation("dialogue.cancel-booking")), "confirm-cancel-booking", true,
                                () -> act(() -> meetings.cancelBooking(m), "dialogue.booking-cancelled"))));
            } else if (entry.mayBook()) {
                buttons.add(button("book-" + m.id(), getTranslation("dialogue.book"), true,
                        () -> act(() -> meetings.book(m), "dialogue.booking-made")));
            }
            String icsFile = getTranslation("dialogue.meeting.file-name", m.id());
            // read here: the download runs outside the session's lock, where the UI is not to be asked
            Locale reader = getLocale();
            Anchor ics = new Anchor((DownloadEvent event) -> {
                event.setFileName(icsFile);
                event.setContentType("text/calendar; charset=UTF-8");
                String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
                String calendar = exports.invitation(m, base, reader);
                try (OutputStream out = event.getOutputStream()) {
                    out.write(calendar.getBytes(StandardCharsets.UTF_8));
                }
            }, getTranslation("dialogue.ics"));
            ics.setId("ics-" + m.id());
            buttons.add(ics);
            if (entry.mayPublishMinutes()) {
                buttons.add(button("minutes-" + m.id(), getTranslation("dialogue.publish-minutes"), false,
                        () -> forms.minutes(m)));
            }
            item.add(buttons);
            if (page.access().seesWhoBooked()) {
                UnorderedList booked = new UnorderedList();
                entry.bookings().forEach(b -> booked.add(new ListItem(b.waiting()
                        ? getTranslation("dialogue.booking-waiting", b.organisationName()) : b.organisationName())));
                item.add(booked);
            }
            section.add(item);
        }
        return section;
    }

    private void act(Supplier<Object> step, String doneKey) {
        FormSubmit.attempt(this, Map.of(), step).ifPresent(done -> {
            FieldErrors.notifySuccess(this, getTranslation(doneKey));
            reload();
        });
    }

    @Override
    public String getPageTitle() {
        return (page == null ? getTranslation("dialogue.heading") : page.dialogue().title()) + " – "
                + getTranslation("app.name");
    }
}
