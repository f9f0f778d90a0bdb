package dk.pressline.platform.tracing;

import io.prometheus.metrics.tracer.common.SpanContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * No trace exemplars in the Prometheus scrape. With tracing on, Boot would attach the current trace to samples,
 * summaries' {@code _count} among them, and Prometheus before 3.0 then refuses the whole OpenMetrics scrape ("does not
 * support exemplars"): Debian bookworm's 2.42 does. Log lines carry the trace ids instead.
 */
@AutoConfiguration(
        beforeName =
                "org.springframework.boot.micrometer.tracing.autoconfigure.prometheus.PrometheusExemplarsAutoConfiguration")
@ConditionalOnClass(SpanContext.class)
public class PrometheusExemplarsOffConfiguration {

    @Bean
    SpanContext noExemplars() {
        return new SpanContext() {

            @Override
            public String getCurrentTraceId() {
                return null;
            }

            @Override
            public String getCurrentSpanId() {
                return null;
            }

            @Override
            public boolean isCurrentSpanSampled() {
                return false;
            }

            @Override
            public void markCurrentSpanAsExemplar() {}
        };
    }
}
