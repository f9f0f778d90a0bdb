package dk.pressline.platform.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EventTracing} over the Tracer and Propagator Boot configures (OpenTelemetry, W3C propagation), or
 * {@link EventTracing#OFF} where tracing is off.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration"})
public class PlatformTracingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventTracing eventTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        var localTracer = tracer.getIfUnique();
        var localPropagator = propagator.getIfUnique();
        return localTracer == null || localPropagator == null ? EventTracing.OFF
                : new EventTracing(localTracer, localPropagator);
    }
}
