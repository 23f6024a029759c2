package vn.dondoc.contracts;

/**
 * What an event class travels as: the topic it is published on, its CloudEvents {@code type}, the
 * service that writes the topic (its only writer) and the payload field whose value is the record
 * key. Declared once per class in {@link EventCatalog}.
 */
public record EventKind(Class<? extends IntegrationEvent> payload, String topic, String type, String writer,
        String key) {

    public EventKind {
        Required.value(payload, "payload");
        Required.text(topic, "topic");
        Required.text(type, "type");
        Required.text(writer, "writer");
        Required.text(key, "key");
    }

    /**
     * The CloudEvents {@code dataschema} of these events: the {@code $id} of their JSON Schema, the file
     * {@code docs/schemas/<type>.json}.
     */
    public String dataschema() {
        return "urn:dondoc:schema:" + type;
    }
}
