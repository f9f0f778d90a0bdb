package dk.pressline.search.articlepage;

import dk.pressline.search.content.ContentItem;
import java.util.List;

/**
 * What an article page shows besides the article.
 *
 * @param readAlso "Læs også": the editor's picks first, then related articles
 * @param relatedContent "Relateret indhold": related articles and, labelled, sponsored items on the article's themes
 */
public record ArticlePage(ContentItem article, List<ContentItem> readAlso, List<ContentItem> relatedContent) {}
