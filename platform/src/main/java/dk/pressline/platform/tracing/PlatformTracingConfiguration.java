package dk.pressline.platform.tracing;

import io.micrometer.observation.ObservationPredicate;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * {@link EventTracing} over the Tracer and Propagator Boot configures (OpenTelemetry, W3C propagation), or
 * {@link EventTracing#OFF} where tracing is off; and {@link #routineWorkUnobserved}, which keeps routine work out of
 * the traces.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
            "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration"
        })
public class PlatformTracingConfiguration {

    /** Spring Cloud Function's observation of each batch handed to a consumer. */
    static final String FUNCTION_OBSERVATION = "spring.cloud.function";

    static final String SCHEDULED_TASK_OBSERVATION = "tasks.scheduled.execution";
    static final String SECURITY_OBSERVATIONS = "spring.security.";

    @Bean
    @ConditionalOnMissingBean
    EventTracing eventTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        var localTracer = tracer.getIfUnique();
        var localPropagator = propagator.getIfUnique();
        return localTracer == null || localPropagator == null
                ? EventTracing.OFF
                : new EventTracing(localTracer, localPropagator);
    }

    /**
     * Leaves unobserved what would fill the trace viewer with traces of nothing: a consumer's batch as a whole (each
     * record gets a span of the trace it carries instead), the schedulers' polls every few seconds, health checks and
     * scrapes, and the security filters' steps inside every request.
     */
    @Bean
    ObservationPredicate routineWorkUnobserved() {
        return (name, context) -> !(name.equals(FUNCTION_OBSERVATION)
                || name.equals(SCHEDULED_TASK_OBSERVATION)
                || name.startsWith(SECURITY_OBSERVATIONS)
                || context instanceof ServerRequestObservationContext request
                        && request.getCarrier().getRequestURI().startsWith("/actuator/"));
    }
}
