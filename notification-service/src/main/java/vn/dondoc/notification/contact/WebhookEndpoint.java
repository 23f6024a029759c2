package vn.dondoc.notification.contact;

import jakarta.validation.constraints.Size;
import vn.dondoc.web.RequestLimits;

/** A subscriber's HTTP endpoint and the secret its deliveries are signed with. */
public record WebhookEndpoint(
        @Size(max = RequestLimits.TITLE, message = "Địa chỉ webhook dài quá {max} ký tự") String url,
        @Size(max = RequestLimits.TITLE, message = "Khóa bí mật của webhook dài quá {max} ký tự") String secret) {
}
