package vn.dondoc.notification.email;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.dondoc.notification.contact.Channel;
import vn.dondoc.notification.delivery.ChannelSender;
import vn.dondoc.notification.delivery.Deliveries;
import vn.dondoc.notification.delivery.Delivery;

/**
 * Sends one email delivery to all of the unit's addresses, retrying with backoff behind the
 * {@code smtp} circuit breaker; after the last attempt the delivery is FAILED with the reason (and
 * sent again later, {@link vn.dondoc.notification.delivery.RedeliverySettings}).
 */
@Component
class EmailSender implements ChannelSender {

    private final ObjectProvider<JavaMailSender> mail;
    private final Deliveries deliveries;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final String from;

    EmailSender(ObjectProvider<JavaMailSender> mail, Deliveries deliveries, RetryRegistry retries,
            CircuitBreakerRegistry breakers,
            @Value("${notification.email.from:Đôn Đốc <khong-tra-loi@dondoc.vn>}") String from) {
        this.mail = mail;
        this.deliveries = deliveries;
        this.retry = retries.retry("smtp");
        this.breaker = breakers.circuitBreaker("smtp");
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery delivery) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            deliveries.failedUntilRetriedByHand(delivery, 0, "Chưa cấu hình máy chủ thư (spring.mail.host)");
            return;
        }
        AtomicInteger attempts = new AtomicInteger();
        try {
            Retry.decorateCheckedRunnable(retry, CircuitBreaker.decorateCheckedRunnable(breaker, () -> {
                attempts.incrementAndGet();
                sender.send(message(sender, delivery));
            })).run();
            deliveries.sent(delivery, attempts.get());
        } catch (Throwable e) {
            deliveries.failed(delivery, attempts.get(), "Gửi email thất bại: " + e.getMessage());
        }
    }

    private MimeMessage message(JavaMailSender sender, Delivery delivery) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(delivery.recipients().toArray(String[]::new));
        helper.setSubject(delivery.content().subject());
        helper.setText(delivery.content().text(), delivery.content().html());
        return message;
    }
}
