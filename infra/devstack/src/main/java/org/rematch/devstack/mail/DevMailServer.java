package org.rematch.devstack.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * The development mail server: GreenMail's SMTP server accepting mail for any address (no users to set up, any login
 * accepted), and the mailbox page showing everything it received. {@code ./rematch} runs it as its own process
 * ({@code main <smtp port> <page port>}); the messages live in that process's memory only.
 */
public final class DevMailServer implements AutoCloseable {

    /** Only this machine may send: a development mail server is nobody's relay. */
    private static final String LOOPBACK = "127.0.0.1";

    private final GreenMail greenMail;
    private final MailboxPage page;

    private DevMailServer(GreenMail greenMail, MailboxPage page) {
        this.greenMail = greenMail;
        this.page = page;
    }

    public static DevMailServer start(int smtpPort, int pagePort) {
        Mailbox mailbox = new Mailbox(Clock.systemUTC());
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, LOOPBACK, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        UserManager users = greenMail.getUserManager();
        users.setMessageDeliveryHandler(new RecordingDelivery(mailbox, users.getMessageDeliveryHandler()));
        try {
            return new DevMailServer(greenMail, MailboxPage.start(mailbox, pagePort));
        } catch (IOException e) {
            greenMail.stop();
            throw new UncheckedIOException("cannot serve the mailbox page on port " + pagePort, e);
        }
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public String mailboxUrl() {
        return "http://localhost:" + page.port();
    }

    @Override
    public void close() {
        page.close();
        greenMail.stop();
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: DevMailServer <SMTP port> <mailbox page port>");
            System.exit(2);
        }
        DevMailServer server = start(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        // SIGTERM from the platform's stop; until then the SMTP and page threads keep this process alive
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "dev-mail-stop"));
        System.out.println("Dev mail server: SMTP on " + LOOPBACK + ":" + server.smtpPort() + ", mailbox at "
                + server.mailboxUrl());
    }
}
