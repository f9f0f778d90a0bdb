package dk.pressline.search.articlepage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How an article page's lists are filled.
 *
 * @param readAlsoSize length of "Læs også": the editor's picks first, then related articles
 * @param relatedContentSize length of the "Relateret indhold" feed
 * @param sponsoredShare the largest share of that feed that may be sponsored items (0.25: at most 1 in 4)
 */
@ConfigurationProperties("pressline.search.article-page")
public record ArticlePageProperties(Integer readAlsoSize, Integer relatedContentSize, Double sponsoredShare) {

    public ArticlePageProperties {
        readAlsoSize = readAlsoSize == null ? 3 : readAlsoSize;
        relatedContentSize = relatedContentSize == null ? 8 : relatedContentSize;
        sponsoredShare = sponsoredShare == null ? 0.25 : sponsoredShare;
        if (sponsoredShare < 0 || sponsoredShare >= 1) {
            throw new IllegalArgumentException("sponsored-share must be at least 0 and below 1: " + sponsoredShare);
        }
    }
}
