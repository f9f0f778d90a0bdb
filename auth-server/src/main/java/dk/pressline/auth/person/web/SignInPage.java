package dk.pressline.auth.person.web;

import dk.pressline.auth.person.AccountLockedException;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The issuer's own Danish sign-in page, and the page a person sees after signing out here. */
@Controller
public class SignInPage {

    public static final String SIGN_IN = "/login";
    public static final String SIGNED_OUT = "/logget-ud";
    public static final String STYLESHEET = "/css/sign-in.css";
    public static final String ATTEMPTED_USERNAME = SignInPage.class.getName() + ".attemptedUsername";

    static final String WRONG_CREDENTIALS = "Forkert e-mail eller adgangskode.";

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter LOCKED_UNTIL = DateTimeFormatter.ofPattern(
                    "d. MMMM 'kl.' HH:mm", Locale.forLanguageTag("da"))
            .withZone(DANISH_TIME);

    @GetMapping(SIGN_IN)
    String signIn(HttpSession session, Model model) {
        if (session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AuthenticationException failure) {
            model.addAttribute("error", message(failure));
            model.addAttribute("username", session.getAttribute(ATTEMPTED_USERNAME));
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            session.removeAttribute(ATTEMPTED_USERNAME);
        }
        return "sign-in";
    }

    @GetMapping(SIGNED_OUT)
    String signedOut() {
        return "signed-out";
    }

    static String message(AuthenticationException failure) {
        if (failure instanceof AccountLockedException locked) {
            return "Kontoen er låst efter for mange forkerte forsøg. Prøv igen efter "
                    + lockedUntil(locked.lockedUntil()) + " (dansk tid).";
        }
        return WRONG_CREDENTIALS;
    }

    static String lockedUntil(Instant until) {
        return LOCKED_UNTIL.format(until);
    }
}
