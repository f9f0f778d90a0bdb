package dk.pressline.auth;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A browser signing a person in at the issuer for the portal, one redirect at a time, keeping its cookies; and the
 * portal's back end redeeming the code with its secret and PKCE verifier.
 */
final class PortalBrowser {

    static final String PORTAL = "portal";
    static final String PORTAL_SECRET = "portal-secret";
    static final String REDIRECT_URI = "http://localhost:8080/portal/login/oauth2/code/pressline";
    static final String POST_LOGOUT_REDIRECT_URI = "http://localhost:8080/portal/";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String baseUrl;
    private final String codeVerifier = randomUrlSafe();

    PortalBrowser(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** The portal sends the browser to the issuer's authorization endpoint, with a PKCE challenge or without. */
    HttpResponse<String> authorize(boolean withCodeChallenge) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("response_type", "code");
        parameters.put("client_id", PORTAL);
        parameters.put("scope", "openid profile");
        parameters.put("redirect_uri", REDIRECT_URI);
        parameters.put("state", "portal-state");
        parameters.put("nonce", "portal-nonce");
        if (withCodeChallenge) {
            parameters.put("code_challenge", codeChallenge());
            parameters.put("code_challenge_method", "S256");
        }
        return get("/oauth2/authorize?" + form(parameters));
    }

    /** Fills in and posts the sign-in form, as shown on the page (with its CSRF token). */
    HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get("/login");
        Matcher csrf = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !csrf.find()) {
            throw new AssertionError("No sign-in form with a CSRF token: " + page.statusCode() + " " + page.body());
        }
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(
                        form(Map.of("username", username, "password", password, "_csrf", csrf.group(1)))))
                .build());
    }

    /** Signs in from the start of the portal's authorization request; the response redirects to the portal. */
    HttpResponse<String> signInFromThePortal(String username, String password) {
        authorize(true);
        HttpResponse<String> signedIn = signIn(username, password);
        if (signedIn.statusCode() != 302 || location(signedIn).getPath().equals("/login")) {
            return signedIn;
        }
        return follow(signedIn);
    }

    /** The whole flow: signed in, the code is redeemed for the token response. */
    Map<String, Object> tokensFor(String username, String password) {
        HttpResponse<String> redirect = signInFromThePortal(username, password);
        String code = code(redirect)
                .orElseThrow(() -> new AssertionError(
                        "No code for " + username + ": " + redirect.headers().map()));
        HttpResponse<String> tokens = redeem(code);
        if (tokens.statusCode() != 200) {
            throw new AssertionError("Token request got " + tokens.statusCode() + ": " + tokens.body());
        }
        return AuthServerHttp.json(tokens.body());
    }

    HttpResponse<String> redeem(String code) {
        return tokenRequest(Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", REDIRECT_URI,
                "code_verifier", codeVerifier));
    }

    HttpResponse<String> refresh(String refreshToken) {
        return tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    private HttpResponse<String> tokenRequest(Map<String, String> parameters) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                .header("Authorization", AuthServerHttp.basic(PORTAL, PORTAL_SECRET))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
                .build());
    }

    /** The portal sends the browser to the issuer's RP-initiated logout. */
    HttpResponse<String> signOut(String idToken) {
        return get("/connect/logout?"
                + form(Map.of(
                        "id_token_hint", idToken,
                        "client_id", PORTAL,
                        "post_logout_redirect_uri", POST_LOGOUT_REDIRECT_URI)));
    }

    HttpResponse<String> follow(HttpResponse<String> redirect) {
        URI location = location(redirect);
        return get(location.isAbsolute() ? location.getRawPath() + queryOf(location) : location.toString());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/html")
                .GET()
                .build());
    }

    static URI location(HttpResponse<String> redirect) {
        return URI.create(redirect.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("Not a redirect: " + redirect.statusCode())));
    }

    static Optional<String> code(HttpResponse<String> redirect) {
        return Optional.ofNullable(UriComponentsBuilder.fromUri(location(redirect))
                .build()
                .getQueryParams()
                .getFirst("code"));
    }

    private String codeChallenge() {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomUrlSafe() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String queryOf(URI location) {
        return location.getRawQuery() == null ? "" : "?" + location.getRawQuery();
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(parameter ->
                        parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        return AuthServerHttp.send(client, request);
    }
}
