package dk.pressline.website.content;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * An article body made safe to render. article-service sanitises bodies when editors save them; the page sanitises
 * again, so a body that reached the index some other way cannot run script on the site. Headings start at h2: the
 * page's headline is its only h1.
 */
public final class BodyHtml {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("h1")
            .removeProtocols("img", "src", "http")
            .addEnforcedAttribute("a", "rel", "noopener");

    private BodyHtml() {}

    public static String sanitise(String html) {
        return html == null ? "" : Jsoup.clean(html, SAFELIST);
    }
}
