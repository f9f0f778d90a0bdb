package dk.pressline.gateway.routing;

import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The route filters {@code application.yml} names. {@code RetryReadsOnAnotherInstance} sends a GET, HEAD or OPTIONS
 * that met an instance which is down (the connection refused, or closed before any answer) again, through the load
 * balancer, so to the service's next instance. It does not retry a read that timed out, and never replays another
 * method: a POST may have reached the instance before it died. The gateway's own {@code Retry} filter can do neither.
 */
public final class InstanceFailover {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private static final int RETRIES = 2;

    private InstanceFailover() {}

    public static HandlerFilterFunction<ServerResponse, ServerResponse> retryReadsOnAnotherInstance() {
        var retries = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(RETRIES)
                .delay(Duration.ZERO)
                .predicate(InstanceFailover::instanceWasDown)
                .build());
        return (request, next) -> {
            if (!READS.contains(request.method())) {
                return next.handle(request);
            }
            try {
                return retries.execute(() -> next.handle(request));
            } catch (RetryException failed) {
                throw failed.getLastException() instanceof Exception last ? last : failed;
            }
        };
    }

    private static boolean instanceWasDown(Throwable failure) {
        if (!(failure instanceof ResourceAccessException)) {
            return false;
        }
        var cause = NestedExceptionUtils.getMostSpecificCause(failure);
        return cause instanceof HttpConnectTimeoutException
                || !(cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException);
    }
}
