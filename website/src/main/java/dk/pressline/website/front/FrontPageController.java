package dk.pressline.website.front;

import dk.pressline.website.config.WebsiteProperties;
import dk.pressline.website.content.ContentItem;
import dk.pressline.website.content.ReaderContent;
import dk.pressline.website.content.SearchQuery;
import dk.pressline.website.content.SearchResults;
import dk.pressline.website.content.ThemeNames;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front page: the latest articles of a few themes. Unless themes are configured, they are the themes with the
 * most published articles, read from search-service's facets, so the page follows what the newsroom writes about
 * without an editor keeping a list.
 */
@Controller
class FrontPageController {

    private final ReaderContent content;
    private final ThemeNames themeNames;
    private final WebsiteProperties.FrontPage frontPage;

    FrontPageController(ReaderContent content, ThemeNames themeNames, WebsiteProperties properties) {
        this.content = content;
        this.themeNames = themeNames;
        this.frontPage = properties.frontPage();
    }

    /** One theme's block on the front page. */
    public record ThemeBlock(String slug, String name, List<ContentItem> articles) {}

    @GetMapping("/")
    String frontPage(Model model) {
        model.addAttribute(
                "themes",
                themes().stream()
                        .map(this::block)
                        .filter(block -> !block.articles().isEmpty())
                        .toList());
        return "front";
    }

    private List<String> themes() {
        if (!frontPage.themes().isEmpty()) {
            return frontPage.themes();
        }
        return content
                .search(SearchQuery.articles().newestFirst().page(0, 1).countedBy("themes"))
                .facets()
                .themes()
                .stream()
                .limit(frontPage.themeCount())
                .map(SearchResults.FacetValue::value)
                .toList();
    }

    private ThemeBlock block(String theme) {
        var articles = content.search(
                        SearchQuery.articles().newestFirst().inTheme(theme).page(0, frontPage.articlesPerTheme()))
                .items();
        return new ThemeBlock(theme, themeNames.nameOf(theme), articles);
    }
}
