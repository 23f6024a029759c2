package vn.dondoc.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.notification.contact.WebhookAddresses;
import vn.dondoc.notification.contact.WebhookAddresses.HostResolver;
import vn.dondoc.notification.contact.WebhookAddresses.InternalAddressException;

/**
 * The webhook client connects to the addresses it checked: a host name the test's resolver answers
 * (no such name exists in DNS) is looked up once per connection, and an internal answer is refused
 * before anything is sent.
 */
class WebhookHttpTest {

    /** Under {@code .invalid} (RFC 2606): no DNS server knows it, only the test's resolver. */
    private static final String HOST = "hooks.so-ke-hoach.invalid";

    private final Receiver receiver = new Receiver();
    private final List<String> lookups = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void refusesAHostThatResolvesToALoopbackAddressAndSendsNothing() throws Exception {
        String url = onHost(receiver.answer("/hook", () -> 204));

        try (WebhookHttp http = client(false, answering("127.0.0.1"))) {
            assertThatThrownBy(() -> http.post(url, Map.of(), "{}"))
                    .isInstanceOf(InternalAddressException.class)
                    .hasMessageContaining("mạng nội bộ");
        }
        assertThat(receiver.requests).isEmpty();
        assertThat(lookups).containsExactly(HOST);
    }

    @Test
    void refusesAHostWhenAnyOfItsAddressesIsPrivate() throws Exception {
        String url = onHost(receiver.answer("/hook", () -> 204));

        try (WebhookHttp http = client(false, answering("203.162.4.1", "10.0.0.7"))) {
            assertThatThrownBy(() -> http.post(url, Map.of(), "{}")).isInstanceOf(InternalAddressException.class);
        }
        assertThat(receiver.requests).isEmpty();
    }

    @Test
    void connectsToExactlyTheAddressItResolvedAndCheckedOnce() throws Exception {
        String url = onHost(receiver.answer("/hook", () -> 204));
        List<String> answers = new ArrayList<>(List.of("127.0.0.1", "203.0.113.9"));
        HostResolver rebinding = host -> {
            lookups.add(host);
            return new InetAddress[] {InetAddress.getByName(answers.remove(0))};
        };

        try (WebhookHttp http = client(true, rebinding)) {
            assertThat(http.post(url, Map.of("X-DonDoc-Timestamp", "1"), "{\"id\":\"e-1\"}")).isEqualTo(204);
        }
        assertThat(lookups).as("one lookup, no second one between the check and the connection")
                .containsExactly(HOST);
        assertThat(receiver.to("/hook")).singleElement().satisfies(request -> {
            assertThat(request.body()).isEqualTo("{\"id\":\"e-1\"}");
            assertThat(request.contentType()).isEqualTo("application/cloudevents+json; charset=utf-8");
        });
    }

    private WebhookHttp client(boolean allowPrivate, HostResolver resolver) {
        return new WebhookHttp(new WebhookSettings(Duration.ofMillis(500), Duration.ofSeconds(2), 2, allowPrivate,
                null), new WebhookAddresses(allowPrivate), resolver);
    }

    private HostResolver answering(String... addresses) {
        return host -> {
            lookups.add(host);
            InetAddress[] resolved = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                resolved[i] = InetAddress.getByName(addresses[i]);
            }
            return resolved;
        };
    }

    /** The receiver's URL with its address replaced by a name only the test's resolver knows. */
    private static String onHost(String url) {
        return url.replace("127.0.0.1", HOST);
    }
}
