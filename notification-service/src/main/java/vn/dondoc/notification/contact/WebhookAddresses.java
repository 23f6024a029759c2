package vn.dondoc.notification.contact;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which webhook URLs are acceptable: http(s) with a host, and never a loopback, private,
 * link-local or wildcard address unless {@code notification.webhooks.allow-private-addresses}.
 * Checked when a contact is saved and again, after name resolution, before each delivery.
 */
@Component
public class WebhookAddresses {

    private final boolean allowPrivate;

    public WebhookAddresses(@Value("${notification.webhooks.allow-private-addresses:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why the URL is refused, in Vietnamese, or empty when it is acceptable as written. */
    public Optional<String> refusalOf(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("Địa chỉ webhook không phải URL hợp lệ");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("Địa chỉ webhook phải bắt đầu bằng https:// hoặc http://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("Địa chỉ webhook thiếu tên máy chủ");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("Địa chỉ webhook không được chứa tên đăng nhập hoặc mật khẩu");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!allowPrivate && (host.equals("localhost") || host.endsWith(".localhost")
                || host.endsWith(".local") || host.endsWith(".internal"))) {
            return Optional.of(PRIVATE);
        }
        if (!allowPrivate && isLiteral(host)) {
            return refusalOfResolved(uri);
        }
        return Optional.empty();
    }

    /** Resolves the host and refuses internal addresses: the check made right before sending. */
    public Optional<String> refusalOfResolved(URI uri) {
        if (allowPrivate) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (internal(address)) {
                    return Optional.of(PRIVATE);
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("Không phân giải được tên máy chủ " + uri.getHost());
        }
    }

    private static final String PRIVATE =
            "Địa chỉ webhook trỏ tới mạng nội bộ (loopback, riêng, link-local) — không được phép";

    private static boolean internal(InetAddress address) {
        byte[] raw = address.getAddress();
        boolean uniqueLocalV6 = raw.length == 16 && (raw[0] & 0xfe) == 0xfc;
        boolean sharedV4 = raw.length == 4 && (raw[0] & 0xff) == 100 && (raw[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isSiteLocalAddress()
                || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress() || uniqueLocalV6 || sharedV4;
    }

    private static boolean isLiteral(String host) {
        return host.startsWith("[") || host.contains(":") || host.matches("[0-9.]+")
                || host.matches("0x[0-9a-f.x]+");
    }
}
