package dk.pressline.website.newsletter;

import dk.pressline.website.content.ReaderContent;
import dk.pressline.website.content.SearchQuery;
import dk.pressline.website.content.ThemeNames;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The newsletter pages: sign-up, then the pages the links in notification-service's mails lead to (confirm,
 * preferences, unsubscribe). A GET only shows a page; every change is a POST, so a mail scanner that follows links
 * changes nothing.
 */
@Controller
@RequestMapping("/nyhedsbrev")
class NewsletterController {

    private static final Logger log = LoggerFactory.getLogger(NewsletterController.class);
    /** Danish texts for the fields notification-service may reject. */
    private static final Map<String, String> FIELD_MESSAGES = Map.of(
            "email", "Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.",
            "language", "Vælg dansk eller engelsk.",
            "themes", "Vælg temaerne på listen.",
            "newsletter", "Vælg, om du vil have nyhedsbrevet.",
            "eventNews", "Vælg, om du vil have nyt om arrangementer.");

    private static final String TOO_MANY_SIGN_UPS =
            "Der er bedt om for mange tilmeldinger på kort tid. Prøv igen senere.";

    private final Subscriptions subscriptions;
    private final ReaderContent content;
    private final ThemeNames themeNames;

    NewsletterController(Subscriptions subscriptions, ReaderContent content, ThemeNames themeNames) {
        this.subscriptions = subscriptions;
        this.content = content;
        this.themeNames = themeNames;
    }

    /** A theme the reader can ask alerts for. */
    public record ThemeChoice(String slug, String name) {}

    @GetMapping
    String signUpForm(Model model) {
        return signUpPage(model, NewsletterForm.blank(), Map.of());
    }

    /** The reader's address is the one the gateway saw (server.forward-headers-strategy). */
    @PostMapping
    ModelAndView signUp(
            @ModelAttribute NewsletterForm form,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            subscriptions.signUp(
                    new Subscriptions.SignUpRequest(
                            form.email(),
                            form.language(),
                            form.newsletter(),
                            form.eventNews(),
                            form.themes(),
                            ConsentWording.FORM,
                            ConsentWording.VERSION),
                    request.getRemoteAddr());
            // 303: the browser fetches the next page with a GET, and a reload does not sign up again.
            var next = new RedirectView("/nyhedsbrev/tjek-din-mail");
            next.setStatusCode(HttpStatus.SEE_OTHER);
            next.setExposeModelAttributes(false);
            return new ModelAndView(next);
        } catch (Subscriptions.Rejected rejected) {
            var page = new ModelAndView(signUpPage(model, form, fieldErrors(rejected)), model.asMap());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        } catch (Subscriptions.TooManySignUps refused) {
            if (refused.retryAfter() != null) {
                response.setHeader(HttpHeaders.RETRY_AFTER, refused.retryAfter());
            }
            var page = new ModelAndView(signUpPage(model, form, Map.of("email", TOO_MANY_SIGN_UPS)), model.asMap());
            page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
            return page;
        }
    }

    @GetMapping("/tjek-din-mail")
    String checkYourMail() {
        return "newsletter/check-your-mail";
    }

    @GetMapping("/bekraeft")
    String confirmationPage(@RequestParam(required = false) String token, Model model) {
        subscriptions.checkConfirmation(required(token));
        model.addAttribute("token", token);
        return "newsletter/confirm";
    }

    @PostMapping("/bekraeft")
    String confirm(@RequestParam(required = false) String token, Model model) {
        var subscription = subscriptions.confirm(required(token));
        model.addAttribute("subscription", subscription);
        model.addAttribute("preferencesUrl", preferencesUrl(subscription));
        return "newsletter/confirmed";
    }

    @GetMapping("/indstillinger")
    String preferencesPage(@RequestParam(required = false) String token, Model model) {
        var subscription = subscriptions.preferences(required(token));
        return preferencesPage(
                model,
                token,
                new NewsletterForm(
                        subscription.email(),
                        subscription.language(),
                        subscription.newsletter(),
                        subscription.eventNews(),
                        subscription.themes()),
                Map.of(),
                false);
    }

    @PostMapping("/indstillinger")
    ModelAndView changePreferences(
            @RequestParam(required = false) String token, @ModelAttribute NewsletterForm form, Model model) {
        try {
            var saved = subscriptions.changePreferences(
                    required(token),
                    new Subscriptions.PreferencesRequest(
                            form.language(), form.newsletter(), form.eventNews(), form.themes()));
            return new ModelAndView(
                    preferencesPage(
                            model,
                            token,
                            new NewsletterForm(
                                    saved.email(),
                                    saved.language(),
                                    saved.newsletter(),
                                    saved.eventNews(),
                                    saved.themes()),
                            Map.of(),
                            true),
                    model.asMap());
        } catch (Subscriptions.Rejected rejected) {
            var page =
                    new ModelAndView(preferencesPage(model, token, form, fieldErrors(rejected), false), model.asMap());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
    }

    @GetMapping("/afmeld")
    String unsubscribePage(@RequestParam(required = false) String token, Model model) {
        subscriptions.checkUnsubscribe(required(token));
        model.addAttribute("token", token);
        return "newsletter/unsubscribe";
    }

    /** The page's button and a mail client's RFC 8058 one-click POST ({@code List-Unsubscribe=One-Click}) alike. */
    @PostMapping("/afmeld")
    String unsubscribe(@RequestParam(required = false) String token) {
        subscriptions.unsubscribe(required(token));
        return "newsletter/unsubscribed";
    }

    @ExceptionHandler(Subscriptions.InvalidLink.class)
    ModelAndView invalidLink(Subscriptions.InvalidLink invalid) {
        var page = new ModelAndView("newsletter/invalid-link");
        page.setStatus(HttpStatus.valueOf(invalid.status()));
        return page;
    }

    private String signUpPage(Model model, NewsletterForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("themeChoices", themeChoices(form.themes()));
        model.addAttribute("consentText", ConsentWording.TEXT);
        return "newsletter/sign-up";
    }

    private String preferencesPage(
            Model model, String token, NewsletterForm form, Map<String, String> errors, boolean saved) {
        model.addAttribute("token", token);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        model.addAttribute("themeChoices", themeChoices(form.themes()));
        return "newsletter/preferences";
    }

    /**
     * The themes with articles, from search-service's facets, plus any the reader already chose. Without
     * search-service the form still works, offering only the reader's own themes.
     */
    private List<ThemeChoice> themeChoices(List<String> chosen) {
        var slugs = new LinkedHashMap<String, String>();
        try {
            content.search(SearchQuery.articles().newestFirst().page(0, 50).countedBy("themes"))
                    .facets()
                    .themes()
                    .forEach(facet -> slugs.put(facet.value(), themeNames.nameOf(facet.value())));
        } catch (RestClientException e) {
            log.warn("The themes for alerts are unavailable: {}", e.getMessage());
        }
        chosen.forEach(slug -> slugs.putIfAbsent(slug, themeNames.nameOf(slug)));
        return slugs.entrySet().stream()
                .map(entry -> new ThemeChoice(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** Each rejected field (a theme at {@code themes[2]} counts as {@code themes}) with its Danish message. */
    private static Map<String, String> fieldErrors(Subscriptions.Rejected rejected) {
        return rejected.errors().stream()
                .collect(Collectors.toMap(
                        error -> error.field().replaceAll("\\[.*$", ""),
                        error -> FIELD_MESSAGES.getOrDefault(
                                error.field().replaceAll("\\[.*$", ""), "Tjek feltet: " + error.reason()),
                        (first, second) -> first,
                        LinkedHashMap::new));
    }

    private static String required(String token) {
        if (token == null || token.isBlank()) {
            throw new Subscriptions.InvalidLink(400);
        }
        return token;
    }

    /** This site's preference page, with the token from notification-service's preference link. */
    private static String preferencesUrl(Subscriptions.Subscription subscription) {
        var token = subscription.preferencesUrl() == null
                ? null
                : UriComponentsBuilder.fromUriString(subscription.preferencesUrl())
                        .build()
                        .getQueryParams()
                        .getFirst("token");
        return token == null
                ? "/nyhedsbrev"
                : UriComponentsBuilder.fromPath("/nyhedsbrev/indstillinger")
                        .queryParam("token", token)
                        .encode()
                        .build()
                        .toUriString();
    }
}
