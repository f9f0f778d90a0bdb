package dk.pressline.website.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the website finds the services it reads, and how long it waits for them.
 *
 * @param searchService search-service's base URL: articles, search, events and jobs
 * @param notificationService notification-service's base URL: newsletter subscriptions
 * @param connectTimeout how long a connection to a service may take before the page answers 503
 * @param readTimeout how long a service may take to answer before the page answers 503
 * @param frontPage which themes the front page shows
 */
@ConfigurationProperties("pressline.website")
public record WebsiteProperties(
        URI searchService,
        URI notificationService,
        Duration connectTimeout,
        Duration readTimeout,
        FrontPage frontPage) {

    public WebsiteProperties {
        Objects.requireNonNull(searchService, "pressline.website.search-service");
        Objects.requireNonNull(notificationService, "pressline.website.notification-service");
        Objects.requireNonNull(connectTimeout, "pressline.website.connect-timeout");
        Objects.requireNonNull(readTimeout, "pressline.website.read-timeout");
        frontPage = frontPage == null ? new FrontPage(List.of(), 4, 4) : frontPage;
    }

    /**
     * @param themes theme slugs to show, in order; empty means the themes with the most articles
     * @param themeCount how many themes to show when they are chosen by article count
     * @param articlesPerTheme how many of each theme's latest articles to show
     */
    public record FrontPage(List<String> themes, int themeCount, int articlesPerTheme) {

        public FrontPage {
            themes = themes == null ? List.of() : List.copyOf(themes);
            if (themeCount < 1 || articlesPerTheme < 1 || articlesPerTheme > 50) {
                throw new IllegalArgumentException("pressline.website.front-page needs theme-count of at least 1 and "
                        + "articles-per-theme between 1 and 50");
            }
        }
    }
}
