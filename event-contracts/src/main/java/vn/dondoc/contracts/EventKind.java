package vn.dondoc.contracts;

/**
 * What an event class travels as: the topic it is published on and its CloudEvents {@code type}.
 * Declared once per class in {@link EventCatalog}.
 */
public record EventKind(Class<? extends IntegrationEvent> payload, String topic, String type) {

    public EventKind {
        Required.value(payload, "payload");
        Required.text(topic, "topic");
        Required.text(type, "type");
    }
}
