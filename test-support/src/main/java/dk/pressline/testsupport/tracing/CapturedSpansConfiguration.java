package dk.pressline.testsupport.tracing;

import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Keeps every span the service ends in {@link CapturedSpans}, as it ends (Boot adds the processor to its tracer beside
 * any exporter's), so a test reads them without waiting for an export batch or running a trace viewer.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CapturedSpansConfiguration {

    @Bean
    CapturedSpans capturedSpans() {
        return new CapturedSpans();
    }

    @Bean
    SpanProcessor capturedSpansProcessor(CapturedSpans spans) {
        return SimpleSpanProcessor.create(spans.exporter);
    }
}
