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

    /** A portal on a fresh embedded database that sends its mail here within a second. */
    PortalProcess startPortal(String name, String... more) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--buyzet.database.embedded-dir=" + java.nio.file.Files.createTempDirectory("buyzet-" + name),
                "--spring.mail.host=localhost", "--spring.mail.port=" + server.getSmtp().getPort(),
                "--buyzet.mail.send-interval=1s"));
        args.addAll(java.util.List.of(more));
        return PortalProcess.start(name, PortalProcess.freePort(), java.util.Map.of(), args.toArray(String[]::new));
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
