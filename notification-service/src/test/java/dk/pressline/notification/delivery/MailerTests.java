package dk.pressline.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.notification.NotificationServiceTest;
import dk.pressline.notification.content.ArticleItem;
import dk.pressline.notification.subscription.Links;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A mail rendered once for many subscribers reads, for each of them, as if it had been rendered for them alone. */
@NotificationServiceTest
class MailerTests {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_.-]+)");

    @Autowired
    Mailer mailer;

    @Autowired
    MailTemplates templates;

    @Autowired
    Links links;

    @Autowired
    DeliveryProperties properties;

    @Test
    void aMailRenderedOnceForManySubscribersEqualsItsRenderingForEachOfThem() {
        var article = new ArticleItem(
                UUID.randomUUID(),
                "Havvind & solceller slår \"rekord\"",
                "Manchet <med> tegn",
                "https://pressline.dk/artikler/havvind?a=1&b=2",
                List.of("klima", "energi"),
                Instant.now());
        var mail = new ComposedMail("alert", "Nyt fra Pressline", Map.of("article", article), true, List.of());
        var readers = List.of(
                new Recipient(UUID.randomUUID(), "a@example.com", "da", false),
                new Recipient(UUID.randomUUID(), "b@example.com", "en", true),
                new Recipient(UUID.randomUUID(), "c@example.com", "da", true));

        for (var reader : readers) {
            var rendered = mailer.render(mail, reader);
            var alone = renderedAlone(mail, reader);

            assertThat(withoutTokens(rendered.html())).isEqualTo(withoutTokens(alone.html()));
            assertThat(withoutTokens(rendered.text())).isEqualTo(withoutTokens(alone.text()));
            assertThat(tokensIn(rendered.html() + rendered.text()))
                    .hasSize(4)
                    .allSatisfy(token -> assertThat(links.subscriberOf(token)).isEqualTo(reader.subscriberId()));
        }
    }

    private MailTemplates.Rendered renderedAlone(ComposedMail mail, Recipient recipient) {
        var manage = links.manage(recipient.subscriberId());
        var model = new HashMap<>(mail.model());
        model.put("danish", recipient.danish());
        model.put("senderName", properties.sender().name());
        model.put("postalAddress", properties.sender().postalAddress());
        model.put("marketing", true);
        model.put("unsubscribeUrl", manage.unsubscribe());
        model.put("preferencesUrl", manage.preferences());
        return templates.render(mail.template(), model);
    }

    private static String withoutTokens(String rendered) {
        return TOKEN.matcher(rendered).replaceAll("token=T");
    }

    private static List<String> tokensIn(String rendered) {
        return TOKEN.matcher(rendered).results().map(match -> match.group(1)).toList();
    }
}
