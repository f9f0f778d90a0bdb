package dk.pressline.notification.delivery;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Hands mails to the SMTP server over one connection per sending thread, kept open between mails, at no more than the
 * configured rate for the whole instance. A connection that fails is closed and opened afresh for the next mail; one
 * idle for a while is checked (NOOP) before it is used again.
 */
public class SmtpSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpSender.class);
    private static final Duration IDLE_CHECK_AFTER = Duration.ofSeconds(10);
    private static final Duration RATE_WAIT = Duration.ofMinutes(5);

    private final JavaMailSenderImpl settings;
    private final Session session;
    private final RateLimiter rateLimiter;
    private final Map<Thread, Connection> connections = new ConcurrentHashMap<>();

    public SmtpSender(JavaMailSenderImpl settings, int mailsPerSecond) {
        this.settings = settings;
        this.session = settings.getSession();
        this.rateLimiter = RateLimiter.of(
                "smtp",
                RateLimiterConfig.custom()
                        .limitForPeriod(mailsPerSecond)
                        .limitRefreshPeriod(Duration.ofSeconds(1))
                        .timeoutDuration(RATE_WAIT)
                        .build());
    }

    /**
     * A message of the mail session; made by the sender, it carries the sender's file type map, so a
     * {@code MimeMessageHelper} does not read the MIME type tables afresh for every mail.
     */
    public MimeMessage newMessage() {
        return settings.createMimeMessage();
    }

    /** Sends one mail, waiting for the rate limit; on failure the mail was not accepted by the server. */
    public void send(MimeMessage message) throws MessagingException {
        if (!rateLimiter.acquirePermission()) {
            throw new MessagingException("The send rate limit allowed no mail within " + RATE_WAIT);
        }
        var connection = connection();
        try {
            message.saveChanges();
            connection.transport().sendMessage(message, message.getAllRecipients());
            connection.used();
        } catch (MessagingException | RuntimeException e) {
            discard(connection);
            throw e;
        }
    }

    private Connection connection() throws MessagingException {
        var thread = Thread.currentThread();
        var connection = connections.get(thread);
        if (connection != null
                && connection.idleLongerThan(IDLE_CHECK_AFTER)
                && !connection.transport().isConnected()) {
            discard(connection);
            connection = null;
        }
        if (connection == null) {
            var transport = session.getTransport(settings.getProtocol() == null ? "smtp" : settings.getProtocol());
            transport.connect(settings.getHost(), settings.getPort(), settings.getUsername(), settings.getPassword());
            connection = new Connection(transport);
            connections.put(thread, connection);
        }
        return connection;
    }

    private void discard(Connection connection) {
        connections.values().remove(connection);
        try {
            connection.transport().close();
        } catch (MessagingException e) {
            log.debug("Closing a failed SMTP connection failed too: {}", e.toString());
        }
    }

    @Override
    public void close() {
        connections.values().forEach(this::discard);
    }

    private static final class Connection {

        private final Transport transport;
        private volatile long lastUsedNanos = System.nanoTime();

        Connection(Transport transport) {
            this.transport = transport;
        }

        Transport transport() {
            return transport;
        }

        void used() {
            lastUsedNanos = System.nanoTime();
        }

        boolean idleLongerThan(Duration idle) {
            return System.nanoTime() - lastUsedNanos > idle.toNanos();
        }
    }
}
