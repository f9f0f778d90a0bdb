package dk.pressline.search.content;

import dk.pressline.platform.site.SiteUrl;
import dk.pressline.search.indexing.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns indexed documents into {@link ContentItem}s. A placement links through sponsor-service's click redirect on
 * the site, so every click a reader makes on paid content is counted for the advertiser's report.
 */
@Component
public class ContentItems {

    private final SiteUrl site;

    ContentItems(SiteUrl site) {
        this.site = site;
    }

    public ContentItem toItem(Map<String, Object> document, Set<String> fields, Map<String, List<String>> highlights) {
        var values = new LinkedHashMap<String, Object>();
        for (var field : fields) {
            var value = ContentFields.valueOf(document, field);
            if (value != null) {
                values.put(field, value);
            }
        }
        var id = (String) document.get("id");
        var type = (String) document.get("type");
        var highlighted = highlights == null || highlights.isEmpty() ? null : highlights;
        if (ContentType.ARTICLE.value().equals(type)) {
            return new ContentItem(
                    id,
                    type,
                    (String) document.get("slug"),
                    (String) document.get("canonicalUrl"),
                    values,
                    highlighted,
                    null);
        }
        var sponsor = new ContentItem.Sponsor((String) document.get("label"), (String) document.get("advertiserName"));
        return new ContentItem(id, type, null, site.clickRedirect(UUID.fromString(id)), values, highlighted, sponsor);
    }
}
