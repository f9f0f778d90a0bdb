package dk.pressline.servers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailServerTests {

    private static final String RECIPIENT = "reader@pressline.test";

    @Test
    void receivesMailOverSmtpAndServesItOverImap() throws MessagingException {
        try (MailServer server = MailServer.start(0, 0)) {
            send(server, "Din nyhedsmail", "Dagens vigtigste historier");

            assertThat(server.greenMail().waitForIncomingEmail(5_000, 1)).isTrue();
            assertThat(server.greenMail().getReceivedMessages())
                    .extracting(MimeMessage::getSubject)
                    .containsExactly("Din nyhedsmail");
            assertThat(subjectsInInbox(server)).containsExactly("Din nyhedsmail");
        }
    }

    @Test
    void listensOnTheRequestedPorts() {
        int smtpPort = FreePorts.pick();
        int imapPort = FreePorts.pickOtherThan(smtpPort);
        try (MailServer server = MailServer.start(smtpPort, imapPort)) {
            assertThat(server.host()).isEqualTo("127.0.0.1");
            assertThat(server.smtpPort()).isEqualTo(smtpPort);
            assertThat(server.imapPort()).isEqualTo(imapPort);
        }
    }

    private static void send(MailServer server, String subject, String text) throws MessagingException {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", server.host());
        properties.setProperty("mail.smtp.port", Integer.toString(server.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("redaktionen@pressline.test"));
        message.setRecipients(Message.RecipientType.TO, RECIPIENT);
        message.setSubject(subject);
        message.setText(text);
        Transport.send(message);
    }

    private static String[] subjectsInInbox(MailServer server) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        // GreenMail creates a user for each new recipient, with the address as login and password
        store.connect(server.host(), server.imapPort(), RECIPIENT, RECIPIENT);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            String[] subjects = new String[messages.length];
            for (int i = 0; i < messages.length; i++) {
                subjects[i] = messages[i].getSubject();
            }
            inbox.close(false);
            return subjects;
        } finally {
            store.close();
        }
    }
}
