package vn.dondoc.notification.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookAddressesTest {

    private static final String PRIVATE =
            "Địa chỉ webhook trỏ tới mạng nội bộ (loopback, riêng, link-local) — không được phép";

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "https://api.localhost/x",
            "http://10.1.2.3/x", "http://172.16.0.9/x", "http://192.168.1.10/x", "http://169.254.169.254/latest",
            "http://0.0.0.0/x", "http://[::1]/x", "http://[fe80::1]/x", "http://[fd00::1]/x", "http://100.64.0.1/x",
            "http://2130706433/x"})
    void refusesInternalAddressesByDefault(String url) {
        assertThat(new WebhookAddresses(false).refusalOf(url)).hasValue(PRIVATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://192.168.1.10/x"})
    void acceptsInternalAddressesWhenConfigured(String url) {
        assertThat(new WebhookAddresses(true).refusalOf(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.ubnd.example.vn/dondoc", "https://203.162.4.1/hook"})
    void acceptsPublicAddresses(String url) {
        assertThat(new WebhookAddresses(false).refusalOf(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example.vn/x", "hooks.example.vn/x", "https://user:pw@hooks.example.vn/x",
            "https:///nohost", "not a url", "http://0x7f000001/x"})
    void refusesWhatIsNotAnHttpUrl(String url) {
        assertThat(new WebhookAddresses(false).refusalOf(url)).isPresent().get().asString().doesNotContain("nội bộ");
    }
}
