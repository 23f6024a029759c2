package vn.dondoc.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code notification.resilience.*}: attempts and exponential backoff of each delivery, and when
 * the circuit breaker of a channel or webhook endpoint opens (failure rate over a window of calls).
 */
@ConfigurationProperties("notification.resilience")
public record ResilienceSettings(int maxAttempts, Duration initialBackoff, double backoffMultiplier,
        int breakerWindow, int breakerMinimumCalls, float breakerFailureRate, Duration breakerOpenFor) {

    public ResilienceSettings {
        maxAttempts = maxAttempts <= 0 ? 3 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(500) : initialBackoff;
        backoffMultiplier = backoffMultiplier <= 0 ? 2.0 : backoffMultiplier;
        breakerWindow = breakerWindow <= 0 ? 10 : breakerWindow;
        breakerMinimumCalls = breakerMinimumCalls <= 0 ? 4 : breakerMinimumCalls;
        breakerFailureRate = breakerFailureRate <= 0 ? 50f : breakerFailureRate;
        breakerOpenFor = breakerOpenFor == null ? Duration.ofSeconds(60) : breakerOpenFor;
    }
}
