package dk.pressline.notification.delivery;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns a composed mail into a MIME message with HTML and plain-text parts and sends it. A mail sent under the
 * subscription names the sender and how to stop (Markedsføringsloven §10) and carries {@code List-Unsubscribe} with an
 * https and a mailto link and {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058).
 */
@Component
public class Mailer {

    static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    /** Names the delivery a mail belongs to, so a mail server or mailbox can tell a repeat from a new mail. */
    public static final String DELIVERY_ID = "X-Pressline-Delivery-Id";

    // Letters and digits only, so both template modes write them as they are.
    private static final String UNSUBSCRIBE_PLACEHOLDER = "PresslineUnsubscribeUrl7e4f0c";
    private static final String PREFERENCES_PLACEHOLDER = "PresslinePreferencesUrl7e4f0c";
    private static final int RENDERED_KEPT = 64;

    private final SmtpSender smtp;
    private final MailTemplates templates;
    private final SubscriberLinks links;
    private final DeliveryProperties.Sender sender;
    private final InternetAddress from;
    private final Map<Rendering, MailTemplates.Rendered> rendered = new ConcurrentHashMap<>();

    Mailer(SmtpSender smtp, MailTemplates templates, SubscriberLinks links, DeliveryProperties properties) {
        this.smtp = smtp;
        this.templates = templates;
        this.links = links;
        this.sender = properties.sender();
        try {
            this.from = new InternetAddress(sender.address(), sender.name(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /** Renders and sends one delivery; the exception means the SMTP server did not take the mail. */
    public void send(UUID deliveryId, ComposedMail mail, Recipient recipient) throws MessagingException {
        send(mail, recipient, deliveryId.toString());
    }

    /** Renders and sends a mail that is no delivery (a test send); the exception means SMTP did not take it. */
    public void send(ComposedMail mail, Recipient recipient) throws MessagingException {
        send(mail, recipient, null);
    }

    private void send(ComposedMail mail, Recipient recipient, String deliveryId) throws MessagingException {
        var manage = mail.marketing() ? links.manage(recipient.subscriberId()) : null;
        var rendered = render(mail, recipient, manage);
        var message = smtp.newMessage();
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient.email()));
        message.setSubject(mail.subject(), "UTF-8");
        // One multipart/alternative: plain text first, HTML preferred by clients that show it.
        var text = new MimeBodyPart();
        text.setText(rendered.text(), "UTF-8", "plain");
        var html = new MimeBodyPart();
        html.setText(rendered.html(), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        if (mail.marketing()) {
            message.setHeader(LIST_UNSUBSCRIBE, "<" + manage.unsubscribe() + ">, <" + manage.unsubscribeMail() + ">");
            message.setHeader(LIST_UNSUBSCRIBE_POST, "List-Unsubscribe=One-Click");
        }
        if (deliveryId != null) {
            message.setHeader(DELIVERY_ID, deliveryId);
        }
        smtp.send(message);
    }

    /** The HTML and plain-text parts of the mail for this recipient, with the sender and the links to stop. */
    public MailTemplates.Rendered render(ComposedMail mail, Recipient recipient) {
        return render(mail, recipient, mail.marketing() ? links.manage(recipient.subscriberId()) : null);
    }

    private MailTemplates.Rendered render(ComposedMail mail, Recipient recipient, SubscriberLinks.ManageLinks manage) {
        if (manage == null) {
            return renderTemplates(mail, recipient.danish(), null, null);
        }
        var rendering = new Rendering(mail.template(), mail.model(), recipient.danish());
        var withPlaceholders = rendered.get(rendering);
        if (withPlaceholders == null) {
            withPlaceholders =
                    renderTemplates(mail, recipient.danish(), UNSUBSCRIBE_PLACEHOLDER, PREFERENCES_PLACEHOLDER);
            if (rendered.size() >= RENDERED_KEPT) {
                rendered.clear();
            }
            rendered.put(rendering, withPlaceholders);
        }
        return new MailTemplates.Rendered(
                withPlaceholders
                        .html()
                        .replace(UNSUBSCRIBE_PLACEHOLDER, HtmlUtils.htmlEscape(manage.unsubscribe(), "UTF-8"))
                        .replace(PREFERENCES_PLACEHOLDER, HtmlUtils.htmlEscape(manage.preferences(), "UTF-8")),
                withPlaceholders
                        .text()
                        .replace(UNSUBSCRIBE_PLACEHOLDER, manage.unsubscribe())
                        .replace(PREFERENCES_PLACEHOLDER, manage.preferences()));
    }

    private MailTemplates.Rendered renderTemplates(
            ComposedMail mail, boolean danish, String unsubscribeUrl, String preferencesUrl) {
        var model = new HashMap<>(mail.model());
        model.put("danish", danish);
        model.put("senderName", sender.name());
        model.put("postalAddress", sender.postalAddress());
        model.put("marketing", mail.marketing());
        if (unsubscribeUrl != null) {
            model.put("unsubscribeUrl", unsubscribeUrl);
            model.put("preferencesUrl", preferencesUrl);
        }
        return templates.render(mail.template(), model);
    }

    /** What a mail's parts depend on besides the subscriber's links. */
    private record Rendering(String template, Map<String, Object> model, boolean danish) {}
}
