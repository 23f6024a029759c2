package vn.dondoc.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The EXAMPLE accounts: a province account, and per example department an office, a leader and each unit but LD. */
class ExampleAccountsTest {

    @Test
    void holdsTheProvinceAndBothExampleDepartmentsWithTheirUnits() throws IOException {
        AccountBook book = AccountBook.read(exampleFile());

        assertThat(book.province()).isEqualTo("TN");
        assertThat(book.provinceName()).isEqualTo("Thái Nguyên");
        assertThat(book.departmentName("SDTTG")).isEqualTo("Sở Dân tộc và Tôn giáo");
        assertThat(book.accounts().keySet()).containsExactly("ubnd.tinh",
                "vanphong.skhcn", "lanhdao.skhcn", "vp.skhcn", "qlkh.skhcn", "qlcn.skhcn", "cds.skhcn", "khtc.skhcn",
                "cntt.skhcn", "vanphong.sdttg", "lanhdao.sdttg", "vp.sdttg", "csdt.sdttg", "tg.sdttg", "khtc.sdttg");
        assertThat(book.find("ubnd.tinh")).hasValueSatisfying(account -> {
            assertThat(account.role()).isEqualTo("PROVINCE");
            assertThat(account.department()).isNull();
        });
        assertThat(book.find("tg.sdttg")).contains(new Account("tg.sdttg", "Nông Thị Liên", "UNIT", "SDTTG", "SDTTG.TG"));
    }

    @Test
    void everyUnitAccountIsNamedForItsUnitAndDepartment() throws IOException {
        AccountBook book = AccountBook.read(exampleFile());

        book.accounts().values().stream().filter(account -> account.unit() != null).forEach(account ->
                assertThat(account.username()).isEqualTo(
                        account.unit().substring(account.unit().indexOf('.') + 1).toLowerCase() + "."
                                + account.department().toLowerCase()));
    }

    @Test
    void theFileIsVietnameseInNfc() throws IOException {
        String text = exampleFile();

        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(text).startsWith("# EXAMPLE DATA");
    }

    @Test
    void refusesAUnitAccountWithoutAUnitAndAUnitOfAnotherDepartment() {
        assertThatThrownBy(() -> new Account("x.skhcn", "X", "UNIT", "SKHCN", null))
                .hasMessageContaining("chỉ vai trò UNIT có đơn vị");
        assertThatThrownBy(() -> new Account("x.skhcn", "X", "UNIT", "SKHCN", "SDTTG.VP"))
                .hasMessage("Đơn vị SDTTG.VP không thuộc SKHCN");
        assertThatThrownBy(() -> new Account("x", "X", "OFFICE", null, null))
                .hasMessageContaining("thuộc một sở");
        assertThatThrownBy(() -> new Account("x", "X", "ADMIN", "SKHCN", null))
                .hasMessageContaining("vai trò không hợp lệ");
    }

    private static String exampleFile() throws IOException {
        try (InputStream in = ExampleAccountsTest.class.getResourceAsStream("/example/example-accounts.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
