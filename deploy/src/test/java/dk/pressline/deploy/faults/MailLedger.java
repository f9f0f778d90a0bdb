package dk.pressline.deploy.faults;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every mail the platform's mail server received, across its restarts: what a stopped server held is kept here before
 * it stops, since a new one starts empty.
 */
final class MailLedger {

    /** One mail as received; {@code deliveryId} names the delivery it belongs to, null for a mail of none. */
    record ReceivedMail(List<String> to, String subject, String text, String deliveryId) {}

    private static final String DELIVERY_ID = "X-Pressline-Delivery-Id";

    private final List<ReceivedMail> kept = new ArrayList<>();

    /** Keeps what the server holds now; call before stopping it. */
    synchronized void keepFrom(GreenMail server) {
        kept.addAll(read(server));
    }

    /** What earlier servers held and what this one holds. */
    synchronized List<ReceivedMail> all(GreenMail current) {
        var all = new ArrayList<>(kept);
        all.addAll(read(current));
        return all;
    }

    List<ReceivedMail> to(GreenMail current, String address) {
        return all(current).stream().filter(mail -> mail.to().contains(address)).toList();
    }

    private static List<ReceivedMail> read(GreenMail server) {
        var mails = new ArrayList<ReceivedMail>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                var recipients = Arrays.stream(message.getAllRecipients())
                        .map(Object::toString)
                        .toList();
                mails.add(new ReceivedMail(
                        recipients, message.getSubject(), plainText(message), message.getHeader(DELIVERY_ID, null)));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("Cannot read a received mail", e);
            }
        }
        return mails;
    }

    /** The plain-text part of a mail, decoded; the whole body when there is no such part. */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                var text = plainText(child);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
