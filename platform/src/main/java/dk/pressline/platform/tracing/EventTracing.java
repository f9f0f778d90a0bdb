package dk.pressline.platform.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;

/**
 * Carries traces across Kafka: reads the current span's context to store with an event ({@link #current}), and starts
 * the spans that continue it where the event is sent or handled ({@link #start}, {@link #run}). Batch consumers get no
 * span per record from the framework, so they start one for each record from its headers with this.
 */
public class EventTracing {

    /** For a service, or a test, without tracing: nothing is carried and every span is a no-op. */
    public static final EventTracing OFF = new EventTracing(Tracer.NOOP, Propagator.NOOP);

    private final Tracer tracer;
    private final Propagator propagator;

    public EventTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The context of the span in scope on this thread, or {@link CarriedTrace#NONE} outside any. */
    public CarriedTrace current() {
        var context = tracer.currentTraceContext().context();
        if (context == null) {
            return CarriedTrace.NONE;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return new CarriedTrace(carrier.get(CarriedTrace.TRACEPARENT), carrier.get(CarriedTrace.TRACESTATE));
    }

    /**
     * Starts a span in the carried trace, as a child of the span that stored or sent it (a new trace when nothing was
     * carried), without putting it in scope: for work on many records at once, which ends each record's span itself.
     */
    public Span start(CarriedTrace carried, String name, Span.Kind kind) {
        var builder = carried.isPresent() ? propagator.extract(carried.asMap(), Map::get) : tracer.spanBuilder();
        return builder.name(name).kind(kind).start();
    }

    /**
     * Runs the work in a span of the carried trace, in scope, so that log lines and the spans and events it causes
     * belong to that trace; an exception is recorded on the span and rethrown.
     */
    public <E extends Exception> void run(CarriedTrace carried, String name, Span.Kind kind, Work<E> work) throws E {
        call(carried, name, kind, () -> {
            work.run();
            return null;
        });
    }

    /** {@link #run} for work with a result. */
    public <T, E extends Exception> T call(CarriedTrace carried, String name, Span.Kind kind, Result<T, E> work)
            throws E {
        var span = start(carried, name, kind);
        try (var inScope = tracer.withSpan(span)) {
            return work.call();
        } catch (Exception | Error e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    /** Work that may throw {@code E}. */
    @FunctionalInterface
    public interface Work<E extends Exception> {

        void run() throws E;
    }

    /** Work with a result that may throw {@code E}. */
    @FunctionalInterface
    public interface Result<T, E extends Exception> {

        T call() throws E;
    }
}
