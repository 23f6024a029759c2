package vn.dondoc.notification;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.dondoc.notification.contact.WebhookAddresses.InternalAddressException;

/**
 * Retry with exponential backoff, circuit breakers (one per channel and per webhook endpoint) and
 * rate limiters (one per webhook endpoint), built with Resilience4j's core modules and published as
 * Micrometer meters. A webhook host that resolves to an internal address is refused, not retried,
 * and does not count against its endpoint's circuit.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ResilienceSettings.class,
        vn.dondoc.notification.digest.DigestSettings.class,
        vn.dondoc.notification.digest.RateLimitSettings.class,
        vn.dondoc.notification.webhook.WebhookSettings.class,
        vn.dondoc.notification.delivery.ResumeSettings.class,
        vn.dondoc.notification.delivery.RedeliverySettings.class})
class NotificationResilience {

    @Bean
    RetryRegistry retryRegistry(ResilienceSettings settings, MeterRegistry meters) {
        RetryRegistry registry = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.initialBackoff(),
                        settings.backoffMultiplier()))
                .retryExceptions(Exception.class)
                .ignoreExceptions(CallNotPermittedException.class, InternalAddressException.class)
                .build());
        TaggedRetryMetrics.ofRetryRegistry(registry).bindTo(meters);
        return registry;
    }

    @Bean
    CircuitBreakerRegistry circuitBreakerRegistry(ResilienceSettings settings, MeterRegistry meters) {
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.breakerWindow())
                .minimumNumberOfCalls(settings.breakerMinimumCalls())
                .failureRateThreshold(settings.breakerFailureRate())
                .waitDurationInOpenState(settings.breakerOpenFor())
                .recordExceptions(Exception.class)
                .ignoreExceptions(InternalAddressException.class)
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
        return registry;
    }

    /** Never waits for a permission: a delivery over the limit is deferred, not held on a thread. */
    @Bean
    RateLimiterRegistry rateLimiterRegistry(vn.dondoc.notification.webhook.WebhookSettings settings,
            MeterRegistry meters) {
        RateLimiterRegistry registry = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(settings.rateLimit().maxDeliveries())
                .limitRefreshPeriod(settings.rateLimit().window())
                .timeoutDuration(Duration.ZERO)
                .build());
        TaggedRateLimiterMetrics.ofRateLimiterRegistry(registry).bindTo(meters);
        return registry;
    }
}
