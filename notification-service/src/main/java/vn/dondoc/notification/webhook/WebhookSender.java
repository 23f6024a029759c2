package vn.dondoc.notification.webhook;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import vn.dondoc.notification.contact.Channel;
import vn.dondoc.notification.contact.Contacts;
import vn.dondoc.notification.contact.WebhookAddresses;
import vn.dondoc.notification.contact.WebhookAddresses.HostResolver;
import vn.dondoc.notification.contact.WebhookAddresses.InternalAddressException;
import vn.dondoc.notification.contact.WebhookEndpoint;
import vn.dondoc.notification.delivery.ChannelSender;
import vn.dondoc.notification.delivery.Deliveries;
import vn.dondoc.notification.delivery.Delivery;

/**
 * POSTs a delivery's CloudEvent to its endpoint on a bounded executor of its own, signed with the
 * endpoint's current secret, with retry and a circuit breaker per endpoint URL. Any status other
 * than 2xx, a timeout or a refused connection is a failed attempt; a host that resolves to an
 * internal address fails at once ({@link WebhookHttp} checks the addresses it connects to). Before
 * sending, the delivery's claim is renewed (a delivery someone else took over while this one waited
 * in the queue is not sent); over the endpoint's rate limit it is deferred (stays PENDING) for the
 * sweep to send later. The breaker and the limiter of an endpoint, and so their meters, are named
 * {@link #endpointName}: never the URL, which may be a secret capability URL.
 */
@Component
class WebhookSender implements ChannelSender, DisposableBean {

    private final Deliveries deliveries;
    private final Contacts contacts;
    private final RetryRegistry retries;
    private final CircuitBreakerRegistry breakers;
    private final RateLimiterRegistry limiters;
    private final WebhookSettings settings;
    private final Clock clock;
    private final WebhookHttp http;
    private final ThreadPoolExecutor executor;

    WebhookSender(Deliveries deliveries, Contacts contacts, WebhookAddresses addresses,
            RetryRegistry retries, CircuitBreakerRegistry breakers, RateLimiterRegistry limiters,
            WebhookSettings settings, Clock clock, ObjectProvider<HostResolver> resolver) {
        this.deliveries = deliveries;
        this.contacts = contacts;
        this.retries = retries;
        this.breakers = breakers;
        this.limiters = limiters;
        this.settings = settings;
        this.clock = clock;
        this.http = new WebhookHttp(settings, addresses, resolver.getIfAvailable(() -> HostResolver.SYSTEM));
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
            deliveries.failedUntilRetriedByHand(delivery, 0, "Đơn vị không còn đăng ký địa chỉ webhook này");
            return;
        }
        String name = endpointName(url);
        if (!limiters.rateLimiter(name).acquirePermission()) {
            deliveries.defer(delivery, clock.instant().plus(settings.rateLimit().window()));
            return;
        }
        AtomicInteger attempts = new AtomicInteger();
        CircuitBreaker breaker = breakers.circuitBreaker(name);
        try {
            Retry.decorateCheckedRunnable(retries.retry("webhook"), CircuitBreaker.decorateCheckedRunnable(
                    breaker, () -> post(url, secret.get(), delivery.content().json(), attempts))).run();
            deliveries.sent(delivery, attempts.get());
        } catch (InternalAddressException refused) {
            deliveries.failedUntilRetriedByHand(delivery, attempts.get(), refused.getMessage());
        } catch (CallNotPermittedException open) {
            deliveries.failed(delivery, attempts.get(),
                    "Ngắt mạch: địa chỉ webhook liên tục lỗi, tạm ngừng gửi (" + open.getMessage() + ")");
        } catch (Throwable e) {
            deliveries.failed(delivery, attempts.get(), "Gửi webhook thất bại: " + e.getMessage());
        }
    }

    private void post(String url, String secret, String body, AtomicInteger attempts) throws IOException {
        attempts.incrementAndGet();
        long timestamp = clock.instant().getEpochSecond();
        int status = http.post(url, Map.of(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp),
                WebhookSignature.SIGNATURE_HEADER, WebhookSignature.of(secret, timestamp, body)), body);
        if (status / 100 != 2) {
            throw new IOException("HTTP " + status + " từ " + url);
        }
    }

    /**
     * The name of an endpoint's circuit breaker and rate limiter, as their meters show it:
     * {@code webhook } and the first 12 hex digits of the URL's SHA-256, which tell endpoints apart
     * without telling anyone the URL.
     */
    static String endpointName(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return "webhook " + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() throws IOException {
        executor.shutdownNow();
        http.close();
    }
}
