package dk.pressline.website.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * An article with what its page shows besides it, as search-service assembles it.
 *
 * @param readAlso "Læs også"
 * @param relatedContent "Relateret indhold": related articles and labelled sponsored items
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticlePage(ContentItem article, List<ContentItem> readAlso, List<ContentItem> relatedContent) {

    public ArticlePage {
        readAlso = readAlso == null ? List.of() : readAlso;
        relatedContent = relatedContent == null ? List.of() : relatedContent;
    }
}
