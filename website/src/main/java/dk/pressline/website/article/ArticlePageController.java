package dk.pressline.website.article;

import dk.pressline.website.content.BodyHtml;
import dk.pressline.website.content.ReaderContent;
import dk.pressline.website.web.PageNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An article's page, {@code /artikel/{slug}}, which is also its canonical URL; an old slug redirects permanently to the
 * article's current page, and so do the {@code /artikler/{slug}} URLs of articles published before the canonical URL
 * took this form.
 */
@Controller
class ArticlePageController {

    private final ReaderContent content;

    ArticlePageController(ReaderContent content) {
        this.content = content;
    }

    @GetMapping("/artikel/{slug}")
    ModelAndView article(@PathVariable String slug) {
        var lookup = content.article(slug).orElseThrow(() -> new PageNotFoundException("Article " + slug));
        return switch (lookup) {
            case ReaderContent.Found found -> {
                var page = new ModelAndView("article");
                page.addObject("page", found.page());
                page.addObject("article", found.page().article());
                page.addObject(
                        "body",
                        BodyHtml.sanitise(found.page().article().fields().body()));
                page.addObject("canonicalUrl", found.page().article().url());
                yield page;
            }
            case ReaderContent.Moved moved -> permanentRedirect(moved.currentSlug());
        };
    }

    @GetMapping("/artikler/{slug}")
    ModelAndView formerCanonical(@PathVariable String slug) {
        return permanentRedirect(slug);
    }

    private static ModelAndView permanentRedirect(String slug) {
        var redirect = new RedirectView(UriComponentsBuilder.fromPath("/artikel/{slug}")
                .buildAndExpand(slug)
                .encode()
                .toUriString());
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
