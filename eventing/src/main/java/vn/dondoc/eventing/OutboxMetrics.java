package vn.dondoc.eventing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The outbox as operators watch it: {@code dondoc.outbox.pending}, events stored and not yet
 * acknowledged by the broker (grows while the broker is away), and {@code dondoc.outbox.parked},
 * events that can never be published and wait for an operator ({@code /actuator/parkedevents}).
 */
class OutboxMetrics implements MeterBinder {

    private final OutboxRelay relay;
    private final ParkedEvents parkedEvents;

    OutboxMetrics(OutboxRelay relay, ParkedEvents parkedEvents) {
        this.relay = relay;
        this.parkedEvents = parkedEvents;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("dondoc.outbox.pending", relay, OutboxRelay::backlog)
                .description("Events stored with their change and not yet published").register(registry);
        Gauge.builder("dondoc.outbox.parked", parkedEvents, ParkedEvents::count)
                .description("Events that can never be published, waiting for an operator").register(registry);
    }
}
