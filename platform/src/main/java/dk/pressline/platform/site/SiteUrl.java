package dk.pressline.platform.site;

import dk.pressline.events.interaction.Channel;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.util.UriUtils;

/**
 * The public origin of the site, {@code pressline.site-url} ({@code PRESSLINE_SITE_URL}): where readers reach the
 * gateway, which serves the pages, the APIs, the feeds and the click redirect. Every absolute link a service writes
 * (canonical URLs, feeds, the sitemap, mails, links to paid content) starts with it, so no two links disagree about
 * where the site is.
 */
public final class SiteUrl {

    static final String PROPERTY = "pressline.site-url";
    private static final Set<String> SCHEMES = Set.of("http", "https");

    private final String origin;

    private SiteUrl(String origin) {
        this.origin = origin;
    }

    /**
     * The site at this origin.
     *
     * @throws IllegalArgumentException naming the setting, unless it is an absolute http or https URL with no path
     *     (not even a trailing slash), query or fragment
     */
    public static SiteUrl of(String origin) {
        if (origin == null || origin.isBlank()) {
            throw invalid("must be set", origin);
        }
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            throw invalid("is not a URL", origin);
        }
        if (uri.getScheme() == null
                || !SCHEMES.contains(uri.getScheme())
                || uri.getHost() == null
                || uri.getRawUserInfo() != null) {
            throw invalid("is not an absolute http or https URL", origin);
        }
        if (!uri.getRawPath().isEmpty() || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid("has a path, query or trailing slash", origin);
        }
        return new SiteUrl(origin);
    }

    private static IllegalArgumentException invalid(String problem, String value) {
        return new IllegalArgumentException(PROPERTY + " (PRESSLINE_SITE_URL) " + problem + ": it must be the public "
                + "origin of the site, an absolute http or https URL without a path or trailing slash, such as "
                + "https://pressline.dk" + (value == null ? "" : " (it is '" + value + "')"));
    }

    /** The absolute URL of a path on the site, such as {@code /nyhedsbrev/afmeld}. */
    public String link(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A path on the site starts with '/': " + path);
        }
        return origin + path;
    }

    /**
     * An article's address on the site, {@code <site-url>/artikel/<slug>}, which the website serves: its canonical
     * URL unless an editor set another.
     */
    public String article(String slug) {
        return link("/artikel/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8));
    }

    /**
     * sponsor-service's click redirect for a booking, {@code <site-url>/r/<bookingId>}: the only link to paid content,
     * so every click is counted before the reader is sent on to the advertiser.
     */
    public String clickRedirect(UUID bookingId) {
        return link("/r/" + bookingId);
    }

    /** The click redirect for a booking shown somewhere other than its product's usual channel. */
    public String clickRedirect(UUID bookingId, Channel channel) {
        return clickRedirect(bookingId) + "?channel=" + channel.name();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SiteUrl site && site.origin.equals(origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin);
    }

    /** The origin, such as {@code https://pressline.dk}. */
    @Override
    public String toString() {
        return origin;
    }
}
