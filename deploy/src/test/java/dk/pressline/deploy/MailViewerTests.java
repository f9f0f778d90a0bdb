package dk.pressline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.servers.MailServer;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The local run's mailbox shows what reached the mail catcher over real SMTP. */
class MailViewerTests {

    static MailServer mail;
    static MailViewer viewer;

    @BeforeAll
    static void start() throws Exception {
        mail = MailServer.start(freePort(), freePort());
        viewer = MailViewer.start(mail.greenMail(), freePort());
    }

    @AfterAll
    static void stop() {
        viewer.close();
        mail.close();
    }

    @Test
    void listsSentMailWithItsPartsAndUnsubscribeHeadersForOneRecipient() throws Exception {
        send("læser@example.dk", "Nyt om klima", "Se <https://pressline.example/a>", "<p>Se <b>artiklen</b></p>");
        send("anden@example.dk", "Til en anden", "Hej", null);

        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(viewer.url() + "/api/messages?to=l%C3%A6ser%40example.dk"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        var messages = JsonMapper.builder().build().readTree(response.body());
        assertThat(messages.size()).isOne();
        var message = messages.get(0);
        assertThat(message.get("subject").asString()).isEqualTo("Nyt om klima");
        assertThat(message.get("text").asString()).contains("https://pressline.example/a");
        assertThat(message.get("html").asString()).contains("<b>artiklen</b>");
        assertThat(message.get("headers").get("List-Unsubscribe").asString()).isEqualTo("<mailto:stop@example.dk>");
    }

    @Test
    void showsTheMailOnAPageWithItsTextEscaped() throws Exception {
        send("side@example.dk", "Tags <script>", "Tekst med <script>alert(1)</script>", null);

        var page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(viewer.url() + "/")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();

        assertThat(page).contains("Tags &lt;script&gt;").doesNotContain("<script>");
    }

    private static void send(String to, String subject, String text, String html) throws Exception {
        var properties = new Properties();
        properties.put("mail.smtp.host", mail.host());
        properties.put("mail.smtp.port", Integer.toString(mail.smtpPort()));
        var message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("redaktion@pressline.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setHeader("List-Unsubscribe", "<mailto:stop@example.dk>");
        if (html == null) {
            message.setText(text, "UTF-8");
        } else {
            var plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            var rich = new MimeBodyPart();
            rich.setContent(html, "text/html; charset=UTF-8");
            message.setContent(new MimeMultipart("alternative", plain, rich));
        }
        Transport.send(message);
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
