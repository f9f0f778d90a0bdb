package dk.pressline.search.caching;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * HTTP caching of what anonymous readers read: {@code Cache-Control: public} with a short max-age, and an ETag of
 * the body that answers a repeated request carrying {@code If-None-Match} with 304 Not Modified. A request with
 * {@code Authorization} is left alone, so nothing personalised is marked cacheable; failures and not-found answers
 * are marked {@code no-store}, so an article published a moment later is not hidden behind a cached 404.
 */
class ReaderHttpCaching extends ShallowEtagHeaderFilter {

    private final String cacheControl;
    private final String sitemapCacheControl;

    ReaderHttpCaching(ReaderCachingProperties properties) {
        this.cacheControl =
                CacheControl.maxAge(properties.maxAge()).cachePublic().getHeaderValue();
        this.sitemapCacheControl =
                CacheControl.maxAge(properties.sitemapMaxAge()).cachePublic().getHeaderValue();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var method = request.getMethod();
        return !(HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method))
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Set before the chain: Spring Security writes its no-store headers only where none are set.
        response.setHeader(
                HttpHeaders.CACHE_CONTROL,
                request.getRequestURI().endsWith("/sitemap.xml") ? sitemapCacheControl : cacheControl);
        super.doFilterInternal(request, response, (innerRequest, innerResponse) -> {
            var served = (HttpServletResponse) innerResponse;
            try {
                chain.doFilter(innerRequest, innerResponse);
            } catch (IOException | ServletException | RuntimeException e) {
                served.setHeader(
                        HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
                throw e;
            }
            if (served.getStatus() >= HttpStatus.INTERNAL_SERVER_ERROR.value()
                    || served.getStatus() == HttpStatus.NOT_FOUND.value()) {
                served.setHeader(
                        HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            }
        });
    }
}
