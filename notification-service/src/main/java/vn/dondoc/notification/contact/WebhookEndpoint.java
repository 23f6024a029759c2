package vn.dondoc.notification.contact;

/** A subscriber's HTTP endpoint and the secret its deliveries are signed with. */
public record WebhookEndpoint(String url, String secret) {
}
