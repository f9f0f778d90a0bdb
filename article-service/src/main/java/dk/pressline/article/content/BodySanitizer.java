package dk.pressline.article.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Reduces an article body to the HTML an article needs: text formatting, headings, lists, quotes, links, images,
 * figures and tables. Scripts, styles, event handlers and {@code javascript:} URLs never survive.
 */
public final class BodySanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.IMAGES)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("figure", "figcaption", "hr")
                    .toFactory());

    private BodySanitizer() {}

    public static String sanitise(String html) {
        return POLICY.sanitize(html);
    }
}
