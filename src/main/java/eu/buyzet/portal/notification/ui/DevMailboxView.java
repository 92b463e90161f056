package eu.buyzet.portal.notification.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import eu.buyzet.portal.notification.DevMailbox;
import eu.buyzet.portal.notification.OutgoingMail;
import eu.buyzet.portal.shared.ui.ViewFrame;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A development portal has no mail server, so an administrator reads the mails it would send
 * here, e.g. to follow a sign-up link. It has no {@code @Route}: {@link DevMailboxRoute} registers
 * it only where {@link DevMailbox} exists, so elsewhere the address is simply not found.
 */
@RolesAllowed("ADMIN")
class DevMailboxView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {

    static final String PATH = "dev/mailbox";

    private final DevMailbox mailbox;

    private final Div mails = new Div();

    DevMailboxView(DevMailbox mailbox) {
        this.mailbox = mailbox;
        setHeading(getTranslation("dev-mailbox.title"));
        setLead(getTranslation("dev-mailbox.lead"));
        mails.setId("dev-mails");
        add(mails);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        mails.removeAll();
        var latest = mailbox.latest(50);
        if (latest.isEmpty()) {
            mails.add(new Paragraph(getTranslation("dev-mailbox.empty")));
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
