package dk.pressline.website.newsletter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.pressline.website.config.Upstreams;
import dk.pressline.website.content.QueryParameters;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * notification-service's subscription API: sign up, confirm, preferences and unsubscribe, the last three with the
 * signed token from a mail.
 */
@Component
class Subscriptions {

    private static final String PATH = "/api/subscriptions";

    private final RestClient notificationService;

    Subscriptions(Upstreams upstreams) {
        this.notificationService = upstreams.notificationService();
    }

    /** What notification-service takes for a sign-up. */
    record SignUpRequest(
            String email,
            String language,
            boolean newsletter,
            boolean eventNews,
            List<String> themes,
            String form,
            String wordingVersion) {}

    /** What notification-service takes for new preferences. */
    record PreferencesRequest(String language, boolean newsletter, boolean eventNews, List<String> themes) {}

    /** A subscription as its owner sees it; {@code preferencesUrl} carries the token of the preference links. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Subscription(
            String email,
            String status,
            String language,
            boolean newsletter,
            boolean eventNews,
            List<String> themes,
            String preferencesUrl) {

        Subscription {
            themes = themes == null ? List.of() : themes;
        }
    }

    /** An RFC 9457 problem; {@code errors} names each rejected field. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String title, int status, String detail, List<FieldError> errors) {

        Problem {
            errors = errors == null ? List.of() : errors;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FieldError(String field, String reason) {}

    /** notification-service refused the input; each rejected field with its reason. */
    static class Rejected extends RuntimeException {

        private final transient List<FieldError> errors;

        Rejected(List<FieldError> errors) {
            super("Rejected: " + errors);
            this.errors = List.copyOf(errors);
        }

        List<FieldError> errors() {
            return errors;
        }
    }

    /** notification-service's sign-up limits refused; {@code retryAfter} is its {@code Retry-After}, if any. */
    static class TooManySignUps extends RuntimeException {

        private final String retryAfter;

        TooManySignUps(String retryAfter) {
            super("Too many sign-ups; retry after " + retryAfter);
            this.retryAfter = retryAfter;
        }

        String retryAfter() {
            return retryAfter;
        }
    }

    /** The link's token is bad, expired or its subscriber gone; {@code status} is what notification-service said. */
    static class InvalidLink extends RuntimeException {

        private final int status;

        InvalidLink(int status) {
            super("Invalid link (" + status + ")");
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /**
     * Signs up on behalf of the reader at {@code clientAddress}, passed on as {@code X-Forwarded-For} so that
     * notification-service's limit per client counts the reader, not the website.
     *
     * @throws TooManySignUps when notification-service's limits refuse it (429)
     */
    void signUp(SignUpRequest request, String clientAddress) {
        try {
            call(() -> notificationService
                    .post()
                    .uri(PATH)
                    .header("X-Forwarded-For", clientAddress)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(request)
                    .retrieve()
                    .toBodilessEntity());
        } catch (HttpClientErrorException.TooManyRequests refused) {
            throw new TooManySignUps(
                    refused.getResponseHeaders() == null
                            ? null
                            : refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        }
    }

    /** Checks a confirmation link before the page offers its button. */
    void checkConfirmation(String token) {
        call(() -> notificationService
                .get()
                .uri(uri -> withToken(uri, "/confirm", token))
                .accept(MediaType.TEXT_HTML)
                .retrieve()
                .toBodilessEntity());
    }

    Subscription confirm(String token) {
        return call(() -> notificationService
                .post()
                .uri(uri -> withToken(uri, "/confirm", token))
                .retrieve()
                .body(Subscription.class));
    }

    Subscription preferences(String token) {
        return call(() -> notificationService
                .get()
                .uri(uri -> withToken(uri, "/preferences", token))
                .retrieve()
                .body(Subscription.class));
    }

    Subscription changePreferences(String token, PreferencesRequest request) {
        return call(() -> notificationService
                .put()
                .uri(uri -> withToken(uri, "/preferences", token))
                .contentType(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .body(Subscription.class));
    }

    /** Checks an unsubscribe link before the page offers its button. */
    void checkUnsubscribe(String token) {
        call(() -> notificationService
                .get()
                .uri(uri -> withToken(uri, "/unsubscribe", token))
                .accept(MediaType.TEXT_HTML)
                .retrieve()
                .toBodilessEntity());
    }

    /** Unsubscribes with the one-click body of RFC 8058, as a mail client would send it. */
    void unsubscribe(String token) {
        var oneClick = new LinkedMultiValueMap<String, String>();
        oneClick.add("List-Unsubscribe", "One-Click");
        call(() -> notificationService
                .post()
                .uri(uri -> withToken(uri, "/unsubscribe", token))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(oneClick)
                .retrieve()
                .toBodilessEntity());
    }

    private static URI withToken(UriBuilder uri, String path, String token) {
        return new QueryParameters().add("token", token == null ? "" : token).build(uri.path(PATH + path));
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (HttpClientErrorException e) {
            var problem = problemOf(e);
            var status = e.getStatusCode().value();
            if (status == 404
                    || status == 410
                    || problem.errors().stream().anyMatch(error -> "token".equals(error.field()))) {
                throw new InvalidLink(status);
            }
            if (!problem.errors().isEmpty()) {
                throw new Rejected(problem.errors());
            }
            throw e;
        }
    }

    private static Problem problemOf(HttpClientErrorException e) {
        try {
            var problem = e.getResponseBodyAs(Problem.class);
            return problem == null ? new Problem(null, e.getStatusCode().value(), null, List.of()) : problem;
        } catch (RuntimeException unreadable) {
            return new Problem(null, e.getStatusCode().value(), null, List.of());
        }
    }
}
