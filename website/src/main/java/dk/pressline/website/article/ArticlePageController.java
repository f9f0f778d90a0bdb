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

/** An article's page; an old slug redirects permanently to the article's current page. */
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
                page.addObject("body", BodyHtml.sanitise(found.page().article().bodyHtml()));
                yield page;
            }
            case ReaderContent.Moved moved -> {
                var redirect = new RedirectView(UriComponentsBuilder.fromPath("/artikel/{slug}")
                        .buildAndExpand(moved.currentSlug()).encode().toUriString());
                redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
                redirect.setExposeModelAttributes(false);
                yield new ModelAndView(redirect);
            }
        };
    }
}
