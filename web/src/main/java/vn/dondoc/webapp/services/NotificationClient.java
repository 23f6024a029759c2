package vn.dondoc.webapp.services;

import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/** notification-service: a unit's inbox. */
public class NotificationClient extends ServiceClient {

    NotificationClient(RestClient http, String service) {
        super(http, service);
    }

    /** A page of the unit's inbox, newest first. */
    public ListSlice<Notification> inbox(String unit, int page, int size) {
        return page(uri -> uri.pathSegment("units", unit, "notifications"), Notification[].class, page, size);
    }

    public long unread(String unit) {
        Map<String, Long> count = call(() -> http.get().uri("/units/{u}/notifications/unread-count", unit).retrieve()
                .body(new ParameterizedTypeReference<Map<String, Long>>() { }));
        return count == null || count.get("unread") == null ? 0 : count.get("unread");
    }

    public void markRead(String unit, String id) {
        run(() -> http.post().uri("/units/{u}/notifications/{id}/read", unit, id).retrieve().toBodilessEntity());
    }

    /** A page of the delivery log of the caller's department, newest first. */
    public ListSlice<Delivery> deliveries(int page, int size) {
        return page(uri -> uri.path("/deliveries"), Delivery[].class, page, size);
    }

    public void retry(String deliveryId) {
        run(() -> http.post().uri("/deliveries/{id}/retry", deliveryId).retrieve().toBodilessEntity());
    }

    public void markAllRead(String unit) {
        run(() -> http.post().uri("/units/{u}/notifications/read", unit).retrieve().toBodilessEntity());
    }

    /** The unit's contact, or null when it has none yet. */
    public Contact contact(String unit) {
        try {
            return call(() -> http.get().uri("/units/{u}/contact", unit).retrieve().body(Contact.class));
        } catch (ServiceProblem problem) {
            if (problem.notFound()) {
                return null;
            }
            throw problem;
        }
    }

    /** Replaces the unit's contact (emails, webhooks with their secrets, kinds, channels, cadence). */
    public Contact saveContact(String unit, Map<String, Object> contact) {
        return call(() -> http.put().uri("/units/{u}/contact", unit).body(contact).retrieve().body(Contact.class));
    }
}
