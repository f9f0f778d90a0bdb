package dk.pressline.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.pressline.errorpages.ErrorResponses;
import dk.pressline.gateway.apireference.ApiReference;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.springframework.cloud.gateway.server.mvc.filter.TrustedProxies;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each anonymous client (no {@code Authorization}) to a rate with a burst, by its {@link ClientAddress}, in
 * this gateway instance's memory: with several instances a client may send that much to each. A refused request is
 * answered 429 with {@code Retry-After}, as problem+json on an API path and the Danish page elsewhere. The API
 * reference's own files are not counted: a page of it loads a dozen of them.
 */
class ReaderRateLimit extends OncePerRequestFilter {

    /** The load balancer's probes; health and metrics themselves are on the management port, which this never sees. */
    private static final Set<String> PROBES = Set.of("/readyz", "/livez");

    private final Bandwidth limit;
    private final TrustedProxies trustedProxies;
    private final Cache<String, Bucket> buckets;

    ReaderRateLimit(ReaderRateLimitProperties properties, TrustedProxies trustedProxies) {
        this.limit = Bandwidth.builder()
                .capacity(properties.burst())
                .refillGreedy(properties.requestsPerSecond(), Duration.ofSeconds(1))
                .build();
        this.trustedProxies = trustedProxies;
        // A bucket left alone until it is full again is the same as a new one, so it need not be kept longer.
        long secondsToRefill = Math.ceilDiv(properties.burst(), properties.requestsPerSecond());
        this.buckets = Caffeine.newBuilder()
                .maximumSize(properties.clients())
                .expireAfterAccess(Duration.ofSeconds(secondsToRefill + 1))
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || PROBES.contains(request.getRequestURI())
                || ApiReference.isUiFile(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var bucket = buckets.get(
                ClientAddress.of(request, trustedProxies),
                client -> Bucket.builder().addLimit(limit).build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ErrorResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS.value(), request.getRequestURI());
    }
}
