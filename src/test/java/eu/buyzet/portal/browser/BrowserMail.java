package eu.buyzet.portal.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.buyzet.portal.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** A real SMTP server for a portal process under test; the portal sends its outbox to it every second. */
final class BrowserMail implements AutoCloseable {

    private final GreenMail server;

    BrowserMail() throws Exception {
        server = new GreenMail(new ServerSetup(PortalProcess.freePort(), "localhost", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** The jar's arguments that send its mail here within a second. */
    List<String> portalArgs() {
        return List.of("--spring.mail.host=localhost", "--spring.mail.port=" + server.getSmtp().getPort(),
                "--buyzet.mail.send-interval=1s");
    }

    /** Every mail received so far to the address that matches. */
    List<MimeMessage> received(String to, Predicate<MimeMessage> matching) {
        return java.util.Arrays.stream(server.getReceivedMessages())
                .filter(m -> TestSmtp.recipients(m).stream().anyMatch(to::equalsIgnoreCase))
                .filter(matching).toList();
    }

    /** Waits up to 30 seconds for a mail to the address that matches. */
    MimeMessage await(String to, Predicate<MimeMessage> matching) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> found = java.util.Arrays.stream(server.getReceivedMessages())
                    .filter(m -> TestSmtp.recipients(m).stream().anyMatch(to::equalsIgnoreCase))
                    .filter(matching).toList();
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No mail to " + to + " within 30 s");
    }

    @Override
    public void close() {
        server.stop();
    }
}
