package dk.pressline.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** A page the person's roles do not reach, or a form without its CSRF token: the Danish 403 page. */
public final class DanishAccessDenied implements AccessDeniedHandler {

    private final ObjectProvider<ThymeleafViewResolver> views;

    public DanishAccessDenied(ObjectProvider<ThymeleafViewResolver> views) {
        this.views = views;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws java.io.IOException {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        try {
            var view = views.getObject().resolveViewName("error/403", Locale.of("da", "DK"));
            if (view == null) {
                response.sendError(HttpStatus.FORBIDDEN.value());
                return;
            }
            view.render(Map.of(), request, response);
        } catch (java.io.IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The 403 page could not be rendered", e);
        }
    }
}
