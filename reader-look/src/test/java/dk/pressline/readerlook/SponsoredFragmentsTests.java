package dk.pressline.readerlook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The sponsored item as readers see it: labelled with the advertiser's name, linked as sponsored. */
class SponsoredFragmentsTests {

    private final TemplateEngine templates = engine();

    @Test
    void labelsARelatedFeedItemWithTheAdvertisersName() {
        var item = relatedFeedItem("Nordlys Energi", "Sponseret", "Vind med vedvarende energi", "Tekst", null);

        assertThat(item.hasClass("sponsored")).isTrue();
        assertThat(item.select(".sponsor-label").text()).isEqualTo("Sponseret af Nordlys Energi");
        assertThat(item.select("a").text()).isEqualTo("Vind med vedvarende energi");
        assertThat(item.select("a").attr("href")).isEqualTo("https://nordlys.example.dk/kampagne");
        assertThat(item.select("a").attr("rel")).isEqualTo("sponsored noopener");
        assertThat(item.select("p:not(.sponsor-label)").text()).isEqualTo("Tekst");
        assertThat(item.select("img")).isEmpty();
    }

    @Test
    void addsALabelOtherThanSponseretAfterTheName() {
        var item = relatedFeedItem("Revisorhuset", "Annonce", "Skat", null, "https://cdn.example.dk/r.jpg");

        assertThat(item.select(".sponsor-label").text()).isEqualTo("Sponseret af Revisorhuset · Annonce");
        assertThat(item.select("img.sponsor-image").attr("src")).isEqualTo("https://cdn.example.dk/r.jpg");
        assertThat(item.select("img").attr("alt")).isEmpty();
        assertThat(item.select("p:not(.sponsor-label)")).isEmpty();
    }

    @Test
    void rendersTheAdvertisersTextAsTextNeverAsMarkup() {
        var item = relatedFeedItem("<b>Nordlys</b>", "Sponseret", "<script>x()</script>", "<i>t</i>", null);

        assertThat(item.select("b, script, i")).isEmpty();
        assertThat(item.select(".sponsor-label span").text()).isEqualTo("<b>Nordlys</b>");
    }

    private Element relatedFeedItem(String advertiser, String label, String headline, String teaser, String image) {
        Map<String, Object> values = new HashMap<>();
        values.put("advertiser", advertiser);
        values.put("label", label);
        values.put("headline", headline);
        values.put("teaser", teaser);
        values.put("imageUrl", image);
        values.put("href", "https://nordlys.example.dk/kampagne");
        var html = templates.process("related-feed", new Context(null, values));
        return Jsoup.parseBodyFragment(html).selectFirst("ul > li");
    }

    private static TemplateEngine engine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        var engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
