package dk.pressline.auth.security;

import dk.pressline.auth.person.web.SignInPage;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Back to the sign-in page with the reason, keeping the e-mail address typed so only the password is typed again. */
class SignInFailure extends SimpleUrlAuthenticationFailureHandler {

    SignInFailure() {
        super(SignInPage.SIGN_IN + "?error");
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        request.getSession().setAttribute(SignInPage.ATTEMPTED_USERNAME, request.getParameter("username"));
        super.onAuthenticationFailure(request, response, exception);
    }
}
