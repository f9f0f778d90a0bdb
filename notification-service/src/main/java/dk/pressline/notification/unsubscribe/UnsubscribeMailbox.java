package dk.pressline.notification.unsubscribe;

import dk.pressline.notification.subscription.InvalidLinkException;
import dk.pressline.notification.subscription.Links;
import dk.pressline.notification.subscription.Subscriptions;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the mailbox of the {@code mailto:} unsubscribe over IMAP: a mail whose subject names "unsubscribe" and a good
 * management token unsubscribes that token's subscriber. Every message read is deleted then, the junk too (no token,
 * a forged, expired or foreign one); only what could not be handled for a passing reason (the database away) is left
 * for the next read. Only the envelope of a message is fetched, never its body.
 */
public class UnsubscribeMailbox {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeMailbox.class);
    // The mailto link's subject is "unsubscribe <token>" (some clients leave the %20); others may add "Re:" or the
    // like.
    private static final Pattern UNSUBSCRIBE = Pattern.compile(
            "(?i)(?<![a-z])unsubscribe(?:\\s+|%20)([A-Za-z0-9_-]{1,400}\\.[A-Za-z0-9_-]{1,100})(?![A-Za-z0-9_.-])");

    private final Session session;
    private final Server server;
    private final Links links;
    private final Subscriptions subscriptions;

    /** Where the mailbox is and how to log in. */
    public record Server(
            String protocol, String host, int port, String username, String password, String folder, int maxPerPoll) {}

    /** What one read of the mailbox did. */
    public record Outcome(int unsubscribed, int junk, int left) {}

    public UnsubscribeMailbox(Server server, Links links, Subscriptions subscriptions) {
        this.server = server;
        this.links = links;
        this.subscriptions = subscriptions;
        var properties = new Properties();
        var prefix = "mail." + server.protocol() + ".";
        properties.put(prefix + "connectiontimeout", "10000");
        properties.put(prefix + "timeout", "10000");
        properties.put(prefix + "writetimeout", "10000");
        this.session = Session.getInstance(properties);
    }

    /** Reads the mailbox once; a mailbox that cannot be reached is logged and tried again at the next poll. */
    public void poll() {
        try {
            var outcome = readOnce();
            if (outcome.unsubscribed() + outcome.junk() + outcome.left() > 0) {
                log.info(
                        "Unsubscribe mailbox: {} unsubscribed, {} junk deleted, {} left for the next read",
                        outcome.unsubscribed(),
                        outcome.junk(),
                        outcome.left());
            }
        } catch (MessagingException | RuntimeException e) {
            log.warn(
                    "Could not read the unsubscribe mailbox {}@{}:{}: {}",
                    server.username(),
                    server.host(),
                    server.port(),
                    e.toString());
        }
    }

    Outcome readOnce() throws MessagingException {
        try (Store store = session.getStore(server.protocol())) {
            store.connect(server.host(), server.port(), server.username(), server.password());
            var folder = store.getFolder(server.folder());
            folder.open(Folder.READ_WRITE);
            int unsubscribed = 0;
            int junk = 0;
            int left = 0;
            try {
                int count = Math.min(folder.getMessageCount(), server.maxPerPoll());
                if (count == 0) {
                    return new Outcome(0, 0, 0);
                }
                var messages = folder.getMessages(1, count);
                var envelopes = new FetchProfile();
                envelopes.add(FetchProfile.Item.ENVELOPE);
                folder.fetch(messages, envelopes);
                for (var message : messages) {
                    if (message.isExpunged() || message.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    var subscriber = subscriberNamedIn(message);
                    if (subscriber.isEmpty()) {
                        junk++;
                    } else {
                        try {
                            subscriptions.unsubscribe(subscriber.get());
                            unsubscribed++;
                        } catch (RuntimeException e) {
                            log.warn(
                                    "Could not unsubscribe {} from the unsubscribe mailbox; the mail stays for the "
                                            + "next read: {}",
                                    subscriber.get(),
                                    e.toString());
                            left++;
                            continue;
                        }
                    }
                    message.setFlag(Flags.Flag.DELETED, true);
                }
            } finally {
                folder.close(true);
            }
            return new Outcome(unsubscribed, junk, left);
        }
    }

    private Optional<UUID> subscriberNamedIn(Message message) {
        String subject;
        try {
            subject = message.getSubject();
        } catch (MessagingException e) {
            log.debug("Unsubscribe mailbox: a message without a readable subject is junk: {}", e.toString());
            return Optional.empty();
        }
        if (subject == null) {
            return Optional.empty();
        }
        var matcher = UNSUBSCRIBE.matcher(subject);
        if (!matcher.find()) {
            log.debug("Unsubscribe mailbox: junk without a token, from {}", from(message));
            return Optional.empty();
        }
        try {
            return Optional.of(links.subscriberOf(matcher.group(1)));
        } catch (InvalidLinkException e) {
            log.debug("Unsubscribe mailbox: junk with a bad token, from {}", from(message));
            return Optional.empty();
        }
    }

    private static String from(Message message) {
        try {
            return message.getFrom() == null ? "nobody" : Arrays.toString(message.getFrom());
        } catch (MessagingException e) {
            return "an unreadable sender";
        }
    }
}
