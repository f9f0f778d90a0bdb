package dk.pressline.notification.subscription;

import dk.pressline.notification.delivery.DeliveryProperties;
import dk.pressline.notification.delivery.SubscriberLinks;
import dk.pressline.notification.subscription.SignedLinks.Purpose;
import dk.pressline.platform.site.SiteUrl;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The signed links a mail carries, all on the site ({@code pressline.site-url}) at the paths of
 * {@code pressline.notifications.link-paths}, and the check of a token a reader brings back.
 */
@Component
public class Links implements SubscriberLinks {

    public static final String SUBSCRIPTIONS_PATH = "/api/subscriptions";

    private final SignedLinks signedLinks;
    private final SubscriptionProperties properties;
    private final SiteUrl site;
    private final Clock clock;
    private final String preferencesLink;
    private final String unsubscribeLink;
    private final String unsubscribeMail;

    Links(
            SignedLinks signedLinks,
            SubscriptionProperties properties,
            DeliveryProperties delivery,
            SiteUrl site,
            Clock clock) {
        this.signedLinks = signedLinks;
        this.properties = properties;
        this.site = site;
        this.clock = clock;
        this.preferencesLink = site.link(properties.linkPaths().preferences()) + "?token=";
        this.unsubscribeLink = site.link(properties.linkPaths().unsubscribe()) + "?token=";
        this.unsubscribeMail = "mailto:" + delivery.sender().unsubscribeMailbox() + "?subject=unsubscribe%20";
    }

    public URI confirmation(UUID consentId) {
        return link(
                properties.linkPaths().confirm(),
                signedLinks.sign(Purpose.CONFIRM, consentId, clock.instant(), properties.confirmLinkTtl()));
    }

    public URI preferences(UUID subscriberId) {
        return link(properties.linkPaths().preferences(), manageToken(subscriberId));
    }

    @Override
    public ManageLinks manage(UUID subscriberId) {
        var token = manageToken(subscriberId);
        return new ManageLinks(preferencesLink + token, unsubscribeLink + token, unsubscribeMail + token);
    }

    public String manageToken(UUID subscriberId) {
        return signedLinks.sign(Purpose.MANAGE, subscriberId, clock.instant(), properties.manageLinkTtl());
    }

    /** The consent a confirmation token is for; {@link InvalidLinkException} when the token is not good. */
    public UUID consentOf(String token) {
        return signedLinks.verify(Purpose.CONFIRM, token, clock.instant()).orElseThrow(InvalidLinkException::new);
    }

    /** The subscriber a management token is for; {@link InvalidLinkException} when the token is not good. */
    public UUID subscriberOf(String token) {
        return signedLinks.verify(Purpose.MANAGE, token, clock.instant()).orElseThrow(InvalidLinkException::new);
    }

    private URI link(String path, String token) {
        return UriComponentsBuilder.fromUriString(site.link(path))
                .queryParam("token", token)
                .build()
                .toUri();
    }
}
