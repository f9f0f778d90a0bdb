package dk.pressline.notification.delivery;

import dk.pressline.notification.config.NotificationProperties;
import dk.pressline.notification.subscription.Links;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.HashMap;
import org.springframework.stereotype.Component;

/**
 * Turns a composed mail into a MIME message with HTML and plain-text parts and sends it. A mail sent under the
 * subscription names the sender and how to stop (Markedsføringsloven §10) and carries {@code List-Unsubscribe} with an
 * https and a mailto link and {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058).
 */
@Component
public class Mailer {

    static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";

    private final SmtpSender smtp;
    private final MailTemplates templates;
    private final Links links;
    private final NotificationProperties.Sender sender;

    Mailer(SmtpSender smtp, MailTemplates templates, Links links, NotificationProperties properties) {
        this.smtp = smtp;
        this.templates = templates;
        this.links = links;
        this.sender = properties.sender();
    }

    /** Renders and sends; the exception means the SMTP server did not take the mail. */
    public void send(ComposedMail mail, Recipient recipient) throws MessagingException {
        var manage = mail.marketing() ? links.manage(recipient.subscriberId()) : null;
        var rendered = render(mail, recipient, manage);
        var message = smtp.newMessage();
        try {
            message.setFrom(new InternetAddress(sender.address(), sender.name(), "UTF-8"));
        }
        catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
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
        smtp.send(message);
    }

    /** The HTML and plain-text parts of the mail for this recipient, with the sender and the links to stop. */
    public MailTemplates.Rendered render(ComposedMail mail, Recipient recipient) {
        return render(mail, recipient, mail.marketing() ? links.manage(recipient.subscriberId()) : null);
    }

    private MailTemplates.Rendered render(ComposedMail mail, Recipient recipient, Links.ManageLinks manage) {
        var model = new HashMap<>(mail.model());
        model.put("danish", recipient.danish());
        model.put("senderName", sender.name());
        model.put("postalAddress", sender.postalAddress());
        model.put("marketing", mail.marketing());
        if (manage != null) {
            model.put("unsubscribeUrl", manage.unsubscribe());
            model.put("preferencesUrl", manage.preferences());
        }
        return templates.render(mail.template(), model);
    }
}
