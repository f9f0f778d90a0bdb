package dk.pressline.website.config;

import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells search-service which reader a page is for: their address (as the gateway told the website) in
 * {@code X-Forwarded-For} and their browser's {@code User-Agent}. search-service counts a reader's impressions of a
 * sponsored item once per window and a robot's not at all, so without them every page would look like one robot's.
 */
final class ReaderPassedOn implements ClientHttpRequestInterceptor {

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var reader = attributes.getRequest();
            request.getHeaders().set("X-Forwarded-For", reader.getRemoteAddr());
            var userAgent = reader.getHeader(HttpHeaders.USER_AGENT);
            if (userAgent == null) {
                request.getHeaders().remove(HttpHeaders.USER_AGENT);
            } else {
                request.getHeaders().set(HttpHeaders.USER_AGENT, userAgent);
            }
        }
        return execution.execute(request, body);
    }
}
