package eu.buyzet.portal.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import eu.buyzet.portal.notification.Notification;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.notification.NotificationText;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.shared.ui.NavbarItem;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * The bell in the top bar: how many notifications are unread, and on click the newest ones,
 * which are then marked read.
 */
@org.springframework.stereotype.Component
class NotificationBell implements NavbarItem {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    private final BellBroadcaster broadcaster;

    NotificationBell(NotificationService notifications, CurrentUser currentUser, BellBroadcaster broadcaster) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.broadcaster = broadcaster;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        if (currentUser.get().isEmpty()) {
            return Optional.empty();
        }
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setId("notification-bell");
        show(bell, notifications.unreadCount());
        bell.addClickListener(e -> open(bell));
        // a notice pushed while the user reads is announced; the count drawn with the page is not
        Span news = new Span();
        // read by screen readers, not shown (styled here: the committed frontend bundle stays as built)
        news.getStyle().set("position", "absolute").set("width", "1px").set("height", "1px").set("overflow", "hidden")
                .set("clip-path", "inset(50%)").set("white-space", "nowrap");
        news.getElement().setAttribute("aria-live", "polite");
        news.setId("notification-news");
        var member = currentUser.require().memberId();
        bell.addAttachListener(attach -> {
            var registration = broadcaster.register(member, attach.getUI(), unread -> {
                show(bell, unread);
                news.setText(unread == 0 ? "" : bell.getTranslation("notification.unread", unread));
            });
            bell.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
        return Optional.of(new Span(bell, news));
    }

    private static void show(Button bell, int unread) {
        bell.setText(unread == 0 ? "" : Integer.toString(unread));
        bell.setAriaLabel(unread == 0 ? bell.getTranslation("notification.none-unread")
                : bell.getTranslation("notification.unread", unread));
    }

    private void open(Button bell) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(bell.getTranslation("notification.heading"));
        List<Notification> latest = notifications.latest();
        if (latest.isEmpty()) {
            dialog.add(new Paragraph(bell.getTranslation("notification.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("notifications");
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(ReaderFormats.of(bell).locale());
            for (Notification n : latest) {
                ListItem item = new ListItem();
                if (n.unread()) {
                    Span fresh = new Span(bell.getTranslation("notification.new") + " ");
                    fresh.addClassName("fact-label");
                    item.add(fresh);
                }
                Anchor link = new Anchor(n.link(), NotificationText.of(n, bell::getTranslation));
                // following the link leaves the page, and the dialog with it
                link.getElement().addEventListener("click", e -> dialog.close());
                item.add(link, new Span(" · " + n.createdAt().atZone(OSLO).format(when)));
                list.add(item);
            }
            dialog.add(list);
        }
        Anchor settings = new Anchor("notifications", bell.getTranslation("notification.settings"));
        settings.setId("notification-settings");
        settings.getElement().addEventListener("click", e -> dialog.close());
        dialog.getFooter().add(settings, new Button(bell.getTranslation("action.close"), e -> dialog.close()));
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
        notifications.markAllRead();
        show(bell, 0);
    }

}
