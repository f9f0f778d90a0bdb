package dk.pressline.notification;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import dk.pressline.testsupport.TestServers;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** What a GreenMail server received, read by recipient (each test uses addresses of its own). */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+?token=[A-Za-z0-9_.-]+");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern URL = Pattern.compile("\\w+://\\S+");

    private final GreenMail greenMail;

    public Mailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** The shared test mail server of this JVM. */
    public static Mailbox ofTestServer() {
        return new Mailbox(TestServers.mail()
                .greenMail()
                .orElseThrow(
                        () -> new IllegalStateException("These tests read the mail through an in-process GreenMail")));
    }

    public List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> isTo(message, address))
                .toList();
    }

    public List<MimeMessage> to(String address, String subjectContaining) {
        return to(address).stream()
                .filter(message -> subject(message).contains(subjectContaining))
                .toList();
    }

    public MimeMessage awaitOne(String address, String subjectContaining) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !to(address, subjectContaining).isEmpty());
        return to(address, subjectContaining).getFirst();
    }

    public static String subject(MimeMessage message) {
        try {
            return Optional.ofNullable(message.getSubject()).orElse("");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    /** The HTML part. */
    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /** The first link with a token in the plain-text part that contains the path. */
    public static String link(MimeMessage message, String path) {
        var matcher = LINK.matcher(text(message));
        while (matcher.find()) {
            if (matcher.group().contains(path)) {
                return matcher.group();
            }
        }
        throw new AssertionError("No link to " + path + " in:\n" + text(message));
    }

    /** Every link in the mail: the {@code href}s of the HTML part and the URLs of the plain-text part. */
    public static List<String> links(MimeMessage message) {
        var links = new ArrayList<String>();
        HREF.matcher(html(message))
                .results()
                .map(href -> HtmlUtils.htmlUnescape(href.group(1)))
                .forEach(links::add);
        URL.matcher(text(message)).results().map(url -> url.group()).forEach(links::add);
        return links;
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null
                    && Arrays.stream(recipients)
                            .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(MimeMessage message, String type) {
        try {
            return find(message.getContent(), type).orElseThrow(() -> new AssertionError("No " + type + " part"));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> find(Object content, String type) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return Optional.of((String) part.getContent());
                }
                var nested = find(part.getContent(), type);
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }
}
