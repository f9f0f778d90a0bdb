package dk.pressline.article.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

/** URL names from headlines: "Københavns grønne tage" becomes "koebenhavns-groenne-tage". */
public final class Slugs {

    private Slugs() {}

    public static String fromHeadline(String headline) {
        var danish = headline.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa");
        var ascii = Normalizer.normalize(danish, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "artikel" : slug;
    }

    /**
     * The headline's slug for the article, or, when another article already holds it, that slug followed by the
     * first eight characters of this article's id.
     */
    public static String fromHeadline(String headline, UUID articleId, Predicate<String> heldByAnother) {
        var slug = fromHeadline(headline);
        return heldByAnother.test(slug) ? slug + "-" + articleId.toString().substring(0, 8) : slug;
    }
}
