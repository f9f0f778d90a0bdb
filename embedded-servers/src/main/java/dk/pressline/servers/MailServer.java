package dk.pressline.servers;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An in-process GreenMail SMTP and IMAP server on the loopback interface. */
public final class MailServer implements RunningServer {

    private static final Logger log = LoggerFactory.getLogger(MailServer.class);
    private static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;
    private final AtomicBoolean closed = new AtomicBoolean();

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts SMTP and IMAP; a port of 0 means any free port. */
    public static MailServer start(int smtpPort, int imapPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
            setup(smtpPort, ServerSetup.PROTOCOL_SMTP), setup(imapPort, ServerSetup.PROTOCOL_IMAP)
        });
        try {
            greenMail.start();
        } catch (RuntimeException e) {
            throw new ServerStartException("GreenMail did not start: " + e.getMessage(), e);
        }
        MailServer server = new MailServer(greenMail);
        log.info("Mail server ready: SMTP {}:{}, IMAP {}:{}", HOST, server.smtpPort(), HOST, server.imapPort());
        return server;
    }

    private static ServerSetup setup(int port, String protocol) {
        ServerSetup setup = new ServerSetup(port, HOST, protocol);
        return port == 0 ? setup.dynamicPort() : setup;
    }

    public String host() {
        return HOST;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    /** The running GreenMail, through which tests read the mail it received. */
    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            greenMail.stop();
            log.info("Mail server stopped");
        }
    }
}
