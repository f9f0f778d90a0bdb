package dk.pressline.notification.unsubscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import dk.pressline.notification.NotificationServiceTest;
import dk.pressline.notification.Readers;
import dk.pressline.notification.subscription.Links;
import dk.pressline.notification.subscription.SubscriberStatus;
import dk.pressline.notification.subscription.Subscriptions;
import dk.pressline.testsupport.TestServers;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code mailto:} unsubscribe of an alert's {@code List-Unsubscribe}, followed as a mail client does it: a mail to
 * the unsubscribe mailbox, read over GreenMail's real IMAP, unsubscribes the token's subscriber; junk unsubscribes
 * nobody; both are deleted from the mailbox.
 */
@NotificationServiceTest
class UnsubscribeMailboxTests {

    private static final String MAILBOX =
            "afmeld-" + UUID.randomUUID().toString().substring(0, 8) + "@pressline.test";
    private static final String PASSWORD = "mailbox-secret";

    @DynamicPropertySource
    static void unsubscribeMailbox(DynamicPropertyRegistry registry) {
        var greenMail = greenMail();
        greenMail.setUser(MAILBOX, MAILBOX, PASSWORD);
        registry.add("pressline.notifications.sender.unsubscribe-mailbox", () -> MAILBOX);
        registry.add(
                "pressline.notifications.unsubscribe-by-mail.host",
                () -> TestServers.mail().host());
        registry.add(
                "pressline.notifications.unsubscribe-by-mail.port",
                () -> greenMail.getImap().getPort());
        registry.add("pressline.notifications.unsubscribe-by-mail.protocol", () -> "imap");
        registry.add("pressline.notifications.unsubscribe-by-mail.username", () -> MAILBOX);
        registry.add("pressline.notifications.unsubscribe-by-mail.password", () -> PASSWORD);
        registry.add("pressline.notifications.unsubscribe-by-mail.poll-interval", () -> "200ms");
    }

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Links links;

    Readers readers;

    @BeforeEach
    void readers() {
        readers = new Readers(subscriptions);
    }

    @Test
    void aMailToTheMailtoUnsubscribeOfAnAlertUnsubscribesItsSubscriber() throws Exception {
        var reader = Readers.newAddress("mailto");
        var subscriber = readers.followingThemes(reader, "klima");
        var replying = Readers.newAddress("replying");
        var replyingSubscriber = readers.followingThemes(replying, "klima");

        var mailto = URI.create(links.manage(subscriber.id()).unsubscribeMail());
        assertThat(mailto.getScheme()).isEqualTo("mailto");
        var mailtoParts = mailto.getRawSchemeSpecificPart().split("\\?subject=", 2);
        assertThat(mailtoParts[0]).isEqualTo(MAILBOX);
        send(reader, mailtoParts[0], URLDecoder.decode(mailtoParts[1], StandardCharsets.UTF_8));
        // A client that leaves the subject encoded, and a reply around it.
        var replyingMailto = URI.create(links.manage(replyingSubscriber.id()).unsubscribeMail());
        send(
                replying,
                MAILBOX,
                "Re: " + replyingMailto.getRawSchemeSpecificPart().split("\\?subject=", 2)[1]);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(subscriptions.get(subscriber.id()).status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
            assertThat(subscriptions.get(replyingSubscriber.id()).status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
        });
        assertThat(subscriptions.consents(reader).getLast().withdrawnAt()).isNotNull();
        await().atMost(Duration.ofSeconds(60)).until(() -> messagesInMailbox() == 0);
    }

    @Test
    void junkInTheUnsubscribeMailboxUnsubscribesNobodyAndIsDeleted() throws Exception {
        var bystander = Readers.newAddress("bystander");
        var bystanderSubscriber = readers.followingThemes(bystander, "klima");
        var token = links.manageToken(bystanderSubscriber.id());
        var forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        var confirmationToken = links.confirmation(UUID.randomUUID()).getQuery().replace("token=", "");

        send("spammer@example.com", MAILBOX, "Cheap watches");
        send("spammer@example.com", MAILBOX, null);
        send("prober@example.com", MAILBOX, "unsubscribe not-a.token");
        send("prober@example.com", MAILBOX, "unsubscribe " + forged);
        send("prober@example.com", MAILBOX, "unsubscribe " + confirmationToken);
        send("prober@example.com", MAILBOX, "unsubscribe " + "A".repeat(1000) + "." + "B".repeat(1000));
        // A good one last: once it has been handled, the junk before it has been read too.
        var control = Readers.newAddress("control");
        var controlSubscriber = readers.followingThemes(control, "klima");
        send(control, MAILBOX, "unsubscribe " + links.manageToken(controlSubscriber.id()));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                                subscriptions.get(controlSubscriber.id()).status())
                        .isEqualTo(SubscriberStatus.UNSUBSCRIBED));
        await().atMost(Duration.ofSeconds(60)).until(() -> messagesInMailbox() == 0);
        assertThat(subscriptions.get(bystanderSubscriber.id()).status()).isEqualTo(SubscriberStatus.ACTIVE);
    }

    private static void send(String from, String to, String subject) throws Exception {
        var properties = new Properties();
        properties.put("mail.smtp.host", TestServers.mail().host());
        properties.put("mail.smtp.port", String.valueOf(TestServers.mail().smtpPort()));
        var message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        if (subject != null) {
            message.setSubject(subject, "UTF-8");
        }
        message.setText("Sent from my phone", "UTF-8");
        Transport.send(message);
    }

    private static int messagesInMailbox() throws Exception {
        var greenMail = greenMail();
        var user = greenMail.getUserManager().getUserByEmail(MAILBOX);
        return greenMail.getManagers().getImapHostManager().getInbox(user).getMessageCount();
    }

    private static GreenMail greenMail() {
        return TestServers.mail()
                .greenMail()
                .orElseThrow(() -> new IllegalStateException(
                        "These tests read the unsubscribe mailbox of an in-process GreenMail"));
    }
}
