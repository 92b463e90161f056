package eu.buyzet.portal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import eu.buyzet.portal.notification.Subscription;
import eu.buyzet.portal.notification.SubscriptionKind;
import eu.buyzet.portal.shared.ui.FormSubmit;
import java.util.List;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.buyzet.portal.notification.MailMode;
import eu.buyzet.portal.notification.NotificationKind;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.ViewFrame;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * Each member chooses, per kind of notification, mail at once, a daily digest or no mail (saved
 * as soon as it is chosen; the bell shows every notification regardless), and sees and changes
 * what they follow: forums, submissions, CPV categories and searches.
 */
@Route("notifications")
@PermitAll
class NotificationSettingsView extends ViewFrame implements HasDynamicTitle {

    private final NotificationService notifications;
    private final SearchDescription searches;

    NotificationSettingsView(NotificationService notifications, SearchDescription searches) {
        this.searches = searches;
        this.notifications = notifications;
        setHeading(getTranslation("notification.settings"));
        add(new Paragraph(getTranslation("notification.settings-lead")));
        Map<NotificationKind, MailMode> modes = notifications.preferences();
        for (NotificationKind kind : modes.keySet()) {
            RadioButtonGroup<MailMode> mode = new RadioButtonGroup<>(getTranslation(kind.messageKey()));
            mode.setItems(MailMode.values());
            mode.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
            mode.setValue(modes.get(kind));
            mode.setId("mode-" + kind.code());
            mode.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    notifications.setPreference(kind, e.getValue());
                    FieldErrors.notifySuccess(this, getTranslation("notification.settings-saved"));
                }
            });
            add(mode);
        }
        add(new H2(getTranslation("subscription.heading")), new Paragraph(getTranslation("subscription.lead")));
        following.setId("following");
        add(following);
        showFollowing();

        TextField cpv = new TextField(getTranslation("subscription.cpv"));
        cpv.setHelperText(getTranslation("subscription.cpv-help"));
        cpv.setId("follow-cpv");
        cpv.setManualValidation(true);
        Button addCpv = new Button(getTranslation("subscription.add"), e -> FormSubmit.attempt(this, Map.of("cpv", cpv), () -> {
            notifications.follow(SubscriptionKind.CPV, cpv.getValue(), cpv.getValue().strip());
            return true;
        }).ifPresent(done -> {
            cpv.clear();
            showFollowing();
        }));
        addCpv.setId("add-follow-cpv");
        TextField words = new TextField(getTranslation("subscription.words"));
        words.setHelperText(getTranslation("subscription.words-help"));
        words.setId("follow-words");
        words.setManualValidation(true);
        Button addWords = new Button(getTranslation("subscription.add"), e -> FormSubmit.attempt(this, Map.of("words", words), () -> {
            notifications.follow(SubscriptionKind.SEARCH, words.getValue(), words.getValue().strip());
            return true;
        }).ifPresent(done -> {
            words.clear();
            showFollowing();
        }));
        addWords.setId("add-follow-words");
        Div cpvRow = new Div(cpv, addCpv);
        cpvRow.addClassName("view-toolbar");
        Div wordsRow = new Div(words, addWords);
        wordsRow.addClassName("view-toolbar");
        add(cpvRow, wordsRow);
    }

    private final UnorderedList following = new UnorderedList();

    private void showFollowing() {
        following.removeAll();
        List<Subscription> all = notifications.following();
        if (all.isEmpty()) {
            following.add(new ListItem(getTranslation("subscription.none")));
        }
        for (Subscription s : all) {
            Button stop = new Button(getTranslation("subscription.stop"), e -> {
                notifications.unfollow(s.id());
                showFollowing();
            });
            stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            String label = s.kind() == SubscriptionKind.SEARCH ? searches.of(s.target(), this) : s.label();
            stop.setAriaLabel(getTranslation("subscription.stop") + ": " + label);
            String path = switch (s.kind()) {
                case FORUM -> "forums/" + s.target();
                case SUBMISSION -> "submissions/" + s.target();
                case SEARCH -> "search?" + s.target();
                case CPV -> null;
            };
            Span what = new Span(getTranslation(s.kind().messageKey()) + ": ");
            ListItem item = path == null ? new ListItem(what, new Span(label + " "), stop)
                    : new ListItem(what, new com.vaadin.flow.component.html.Anchor(path, label), new Span(" "), stop);
            following.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.settings") + " – " + getTranslation("app.name");
    }
}
