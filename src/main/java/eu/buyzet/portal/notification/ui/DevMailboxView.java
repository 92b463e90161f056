package eu.buyzet.portal.notification.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.notification.OutgoingMail;
import eu.buyzet.portal.shared.ui.ViewFrame;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The embedded default has no mail server, so the mails it would send are read here: a new
 * supplier confirms its address from this page. Off (not found) everywhere else.
 */
@Route("dev/mailbox")
@AnonymousAllowed
class DevMailboxView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {

    private final NotificationService notifications;

    private final Div mails = new Div();

    DevMailboxView(NotificationService notifications) {
        this.notifications = notifications;
        setHeading(getTranslation("dev-mailbox.title"));
        setLead(getTranslation("dev-mailbox.lead"));
        mails.setId("dev-mails");
        add(mails);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!notifications.devMailboxEnabled()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        mails.removeAll();
        var latest = notifications.devMailbox(50);
        if (latest.isEmpty()) {
            mails.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("dev-mailbox.empty")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        for (OutgoingMail mail : latest) {
            Pre body = new Pre(mail.body());
            body.addClassName("mail-body");
            Details item = new Details(mail.createdAt().atZone(ZoneId.of("Europe/Oslo")).format(when) + " · " + mail.to()
                    + " · " + mail.subject(), body);
            item.addClassName("dev-mail");
            mails.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dev-mailbox.title") + " – " + getTranslation("app.name");
    }
}
