package vn.dondoc.notification.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import vn.dondoc.notification.contact.WebhookAddresses;
import vn.dondoc.notification.contact.WebhookAddresses.HostResolver;

/**
 * The HTTP client webhooks are POSTed with. Its only name resolution is {@link WebhookAddresses#resolveChecked}:
 * a connection resolves the host once, refuses it when an address is internal, and connects to
 * exactly the addresses it checked (TLS still verifies the certificate against the host name).
 * No proxy, no redirects, no cookies, no automatic retries (the sender's own retry decides).
 */
final class WebhookHttp implements AutoCloseable {

    private static final ContentType CLOUDEVENT = ContentType.create("application/cloudevents+json",
            StandardCharsets.UTF_8);

    private final CloseableHttpClient client;

    WebhookHttp(WebhookSettings settings, WebhookAddresses addresses, HostResolver resolver) {
        Timeout connect = Timeout.of(settings.connectTimeout());
        Timeout read = Timeout.of(settings.requestTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolution(addresses, resolver))
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connect)
                                .setSocketTimeout(read).build())
                        .setMaxConnTotal(settings.threads() * 2).setMaxConnPerRoute(settings.threads())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(read).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .build();
    }

    /** POSTs a CloudEvent with the given extra headers; the response's status code. */
    int post(String url, Map<String, String> headers, String body) throws IOException {
        HttpPost request = new HttpPost(URI.create(url));
        request.setHeader("Content-Type", "application/cloudevents+json; charset=utf-8");
        headers.forEach(request::setHeader);
        request.setEntity(new StringEntity(body, CLOUDEVENT));
        return client.execute(request, response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /** The client's resolver: one checked lookup per connection, never an unresolved address. */
    private record CheckedResolution(WebhookAddresses addresses, HostResolver resolver) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return addresses.resolveChecked(host, resolver);
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            return Arrays.stream(resolve(host)).map(address -> new InetSocketAddress(address, port)).toList();
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
