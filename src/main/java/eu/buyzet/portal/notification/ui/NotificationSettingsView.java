package eu.buyzet.portal.notification.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.buyzet.portal.notification.MailMode;
import eu.buyzet.portal.notification.NotificationKind;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.ViewFrame;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Each member chooses, per kind of notification, mail at once, a daily digest or no mail. The
 * choice is saved as soon as it is made; the bell shows every notification regardless.
 */
@Route("notifications")
@PermitAll
class NotificationSettingsView extends ViewFrame implements HasDynamicTitle {

    private static final Set<NotificationKind> FOR_MODERATORS =
            EnumSet.of(NotificationKind.FLAG_ALERT, NotificationKind.ORGANISATION_PENDING);

    NotificationSettingsView(NotificationService notifications, CurrentUser currentUser) {
        setHeading(getTranslation("notification.settings"));
        add(new Paragraph(getTranslation("notification.settings-lead")));
        PortalUser user = currentUser.require();
        boolean moderates = user.has(Role.MODERATOR) || user.has(Role.ADMIN);
        Map<NotificationKind, MailMode> modes = notifications.preferences();
        for (NotificationKind kind : NotificationKind.values()) {
            if (FOR_MODERATORS.contains(kind) && !moderates) {
                continue;
            }
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
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.settings") + " – " + getTranslation("app.name");
    }
}
