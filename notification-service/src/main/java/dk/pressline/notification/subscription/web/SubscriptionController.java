package dk.pressline.notification.subscription.web;

import dk.pressline.notification.subscription.Consent;
import dk.pressline.notification.subscription.Links;
import dk.pressline.notification.subscription.SignUpLimits;
import dk.pressline.notification.subscription.Subscriptions;
import dk.pressline.notification.subscription.TooManySignUpsException;
import dk.pressline.platform.web.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The readers' side: sign up, confirm, manage preferences, unsubscribe (RFC 8058 one-click) and be forgotten, each
 * after the first through a signed link from a mail. A GET on a link only shows a page; changes take a POST, so a
 * mail scanner following links changes nothing.
 */
@RestController
@Validated
@Tag(
        name = "Subscriptions",
        description = "Readers sign up with double opt-in and manage their subscription through "
                + "the signed links in its mails; administrators read the consent evidence")
class SubscriptionController {

    private final Subscriptions subscriptions;
    private final SignUpLimits signUpLimits;
    private final Links links;

    SubscriptionController(Subscriptions subscriptions, SignUpLimits signUpLimits, Links links) {
        this.subscriptions = subscriptions;
        this.signUpLimits = signUpLimits;
        this.links = links;
    }

    /**
     * Always 202, whether or not the address is known or suppressed, so the answer tells nobody who subscribes; 429
     * once a sign-up limit is reached.
     */
    @PostMapping(Links.SUBSCRIPTIONS_PATH)
    @Operation(summary = "Sign up; a confirmation mail follows, whose link confirms")
    @ApiResponse(responseCode = "202", description = "Taken; the same answer whether or not the address is known")
    @ApiResponse(
            responseCode = "429",
            description = "A sign-up limit is reached (from this client address, for this "
                    + "mailbox, or from all clients together; errors names email for the mailbox's), or through the gateway "
                    + "this client's reader limit. Retry-After says in how many seconds to try again.",
            headers = @Header(name = "Retry-After", description = "Whole seconds to wait before trying again"))
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> signUp(@Valid @RequestBody SignUpRequest request, HttpServletRequest http) {
        signUpLimits.admit(http.getRemoteAddr(), request.email());
        subscriptions.signUp(request.toSignUp());
        return Map.of("status", "CONFIRMATION_SENT");
    }

    /** RFC 9457 with {@code Retry-After}; a refusal for the mailbox names the {@code email} field, as bad input does. */
    @ExceptionHandler(TooManySignUpsException.class)
    ResponseEntity<ProblemDetail> tooManySignUps(TooManySignUpsException refused) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, refused.getMessage() + ".");
        problem.setTitle("Too many sign-ups");
        if (refused.limit() == TooManySignUpsException.Limit.PER_MAILBOX) {
            problem.setProperty(
                    "errors",
                    List.of(new FieldError(
                            "email",
                            "has been signed up too often; try again in " + refused.retryAfterSeconds() + " s")));
        }
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @GetMapping(path = Links.SUBSCRIPTIONS_PATH + "/confirm", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The confirmation link's page, whose button confirms; changes nothing by itself")
    String confirmationPage(@RequestParam String token) {
        links.consentOf(token);
        return page(
                "Bekræft tilmelding",
                "Klik for at bekræfte, at du vil modtage Presslines nyhedsbrev.",
                "confirm",
                token,
                "Bekræft");
    }

    @PostMapping(Links.SUBSCRIPTIONS_PATH + "/confirm")
    @Operation(summary = "Confirm a sign-up with the token of its link; confirming twice is harmless")
    SubscriptionView confirm(@RequestParam String token) {
        var subscriber = subscriptions.confirm(links.consentOf(token));
        return SubscriptionView.of(
                subscriber, links.preferences(subscriber.id()).toString());
    }

    @GetMapping(Links.SUBSCRIPTIONS_PATH + "/preferences")
    @Operation(summary = "Read a subscription's preferences, with the token of a mail's link")
    @ApiResponse(responseCode = "200", description = "The subscription")
    @ApiResponse(responseCode = "404", description = "The subscription was forgotten.")
    SubscriptionView preferences(@RequestParam String token) {
        var subscriberId = links.subscriberOf(token);
        return SubscriptionView.of(
                subscriptions.get(subscriberId), links.preferences(subscriberId).toString());
    }

    @PutMapping(Links.SUBSCRIPTIONS_PATH + "/preferences")
    @Operation(summary = "Change a subscription's preferences, all at once")
    @ApiResponse(responseCode = "200", description = "The subscription as changed")
    @ApiResponse(responseCode = "404", description = "The subscription was forgotten.")
    SubscriptionView changePreferences(@RequestParam String token, @Valid @RequestBody PreferencesRequest request) {
        var subscriberId = links.subscriberOf(token);
        return SubscriptionView.of(
                subscriptions.changePreferences(subscriberId, request.toPreferences()),
                links.preferences(subscriberId).toString());
    }

    @GetMapping(path = Links.SUBSCRIPTIONS_PATH + "/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The unsubscribe link's page, whose button unsubscribes; changes nothing by itself")
    String unsubscribePage(@RequestParam String token) {
        links.subscriberOf(token);
        return page("Afmeld", "Klik for at afmelde alle mails fra Pressline.", "unsubscribe", token, "Afmeld");
    }

    /**
     * The one-click unsubscribe (RFC 8058): mail clients POST {@code List-Unsubscribe=One-Click} as a form; the page's
     * button posts the same. Unsubscribing an address that is already unsubscribed or forgotten answers the same.
     */
    @PostMapping(Links.SUBSCRIPTIONS_PATH + "/unsubscribe")
    @Operation(summary = "Unsubscribe from every mail (RFC 8058 one-click); unsubscribing twice is harmless")
    Map<String, String> unsubscribe(@RequestParam String token) {
        subscriptions.unsubscribe(links.subscriberOf(token));
        return Map.of("status", "UNSUBSCRIBED");
    }

    /** "Forget me": deletes the subscriber's personal data, keeping only a hashed suppression entry. */
    @DeleteMapping(Links.SUBSCRIPTIONS_PATH)
    @Operation(summary = "Forget me: delete everything personal, keeping only a hashed address never to mail again")
    @ApiResponse(responseCode = "204", description = "Forgotten")
    ResponseEntity<Void> forget(@RequestParam String token) {
        subscriptions.forget(links.subscriberOf(token));
        return ResponseEntity.noContent().build();
    }

    /** The consent evidence for an address, for the publisher to prove consent (admins only). */
    @GetMapping("/api/consents")
    @Operation(summary = "Read the consent evidence for an address, oldest first")
    List<Consent> consents(@RequestParam @NotBlank @Email String email) {
        return subscriptions.consents(email);
    }

    private static String page(String title, String text, String action, String token, String button) {
        return """
                <!DOCTYPE html>
                <html lang="da"><head><meta charset="utf-8"><title>%s</title></head>
                <body><h1>%s</h1><p>%s</p>
                <form method="post" action="%s?token=%s"><button type="submit">%s</button></form>
                </body></html>
                """.formatted(title, title, text, action, HtmlUtils.htmlEscape(token), button);
    }
}
