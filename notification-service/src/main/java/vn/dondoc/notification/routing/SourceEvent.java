package vn.dondoc.notification.routing;

/** A consumed event as it came: CloudEvents id, type and source, and its JSON data. */
public record SourceEvent(String id, String type, String source, byte[] data) {
}
