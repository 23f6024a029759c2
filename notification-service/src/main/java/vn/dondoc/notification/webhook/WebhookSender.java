package vn.dondoc.notification.webhook;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import vn.dondoc.notification.contact.Channel;
import vn.dondoc.notification.contact.Contacts;
import vn.dondoc.notification.contact.WebhookAddresses;
import vn.dondoc.notification.contact.WebhookEndpoint;
import vn.dondoc.notification.delivery.ChannelSender;
import vn.dondoc.notification.delivery.Deliveries;
import vn.dondoc.notification.delivery.Delivery;

/**
 * POSTs a delivery's CloudEvent to its endpoint on a bounded executor of its own, signed with the
 * endpoint's current secret, with retry and a circuit breaker per endpoint URL. Any status other
 * than 2xx, a timeout or a refused connection is a failed attempt. Before sending, the delivery's
 * claim is renewed (a delivery someone else took over while this one waited in the queue is not
 * sent); over the endpoint's rate limit it is deferred (stays PENDING) for the sweep to send later.
 */
@Component
class WebhookSender implements ChannelSender, DisposableBean {

    private final Deliveries deliveries;
    private final Contacts contacts;
    private final WebhookAddresses addresses;
    private final RetryRegistry retries;
    private final CircuitBreakerRegistry breakers;
    private final RateLimiterRegistry limiters;
    private final WebhookSettings settings;
    private final Clock clock;
    private final HttpClient http;
    private final ThreadPoolExecutor executor;

    WebhookSender(Deliveries deliveries, Contacts contacts, WebhookAddresses addresses,
            RetryRegistry retries, CircuitBreakerRegistry breakers, RateLimiterRegistry limiters,
            WebhookSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.contacts = contacts;
        this.addresses = addresses;
        this.retries = retries;
        this.breakers = breakers;
        this.limiters = limiters;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        this.executor = new ThreadPoolExecutor(settings.threads(), settings.threads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(10_000), new CustomizableThreadFactory("webhook-"));
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Delivery delivery) {
        try {
            executor.execute(() -> deliver(delivery));
        } catch (RejectedExecutionException e) {
            deliveries.failed(delivery, 0, "Hàng đợi gửi webhook đã đầy");
        }
    }

    private void deliver(Delivery delivery) {
        if (!deliveries.stillClaimed(delivery)) {
            return;
        }
        String url = delivery.recipients().get(0);
        Optional<String> secret = contacts.of(delivery.unitCode()).stream()
                .flatMap(contact -> contact.webhooks().stream())
                .filter(endpoint -> endpoint.url().equals(url)).map(WebhookEndpoint::secret).findFirst();
        if (secret.isEmpty()) {
            deliveries.failed(delivery, 0, "Đơn vị không còn đăng ký địa chỉ webhook này");
            return;
        }
        Optional<String> refused = addresses.refusalOfResolved(URI.create(url));
        if (refused.isPresent()) {
            deliveries.failed(delivery, 0, refused.get());
            return;
        }
        if (!limiters.rateLimiter("webhook " + url).acquirePermission()) {
            deliveries.defer(delivery, clock.instant().plus(settings.rateLimit().window()));
            return;
        }
        AtomicInteger attempts = new AtomicInteger();
        CircuitBreaker breaker = breakers.circuitBreaker("webhook " + url);
        try {
            Retry.decorateCheckedRunnable(retries.retry("webhook"), CircuitBreaker.decorateCheckedRunnable(
                    breaker, () -> post(url, secret.get(), delivery.content().json(), attempts))).run();
            deliveries.sent(delivery, attempts.get());
        } catch (CallNotPermittedException open) {
            deliveries.failed(delivery, attempts.get(),
                    "Ngắt mạch: địa chỉ webhook liên tục lỗi, tạm ngừng gửi (" + open.getMessage() + ")");
        } catch (Throwable e) {
            deliveries.failed(delivery, attempts.get(), "Gửi webhook thất bại: " + e.getMessage());
        }
    }

    private void post(String url, String secret, String body, AtomicInteger attempts)
            throws IOException, InterruptedException {
        attempts.incrementAndGet();
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.requestTimeout())
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.of(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode() + " từ " + url);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
