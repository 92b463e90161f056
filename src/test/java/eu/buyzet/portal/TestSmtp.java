package eu.buyzet.portal;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on the port the integration tests' portal sends to. */
public final class TestSmtp {

    public static final int PORT = 39025;

    private TestSmtp() {
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
    }

    /** The decoded text of a plain-text mail. */
    public static String text(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who a mail went to. */
    public static List<String> recipients(MimeMessage m) {
        try {
            return Arrays.stream(m.getAllRecipients()).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mails received for one address. */
    public static List<MimeMessage> to(GreenMailExtension smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).stream().anyMatch(address::equalsIgnoreCase)).toList();
    }
}
