package vn.dondoc.identity.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The accounts of one province, read from a YAML file (see {@code example/example-accounts.yml}):
 * the province's code and name, the departments' names, the shared password of the example data
 * and the accounts.
 */
public record AccountBook(String province, String provinceName, Map<String, String> departments,
        String password, Map<String, Account> accounts) {

    public AccountBook {
        departments = Map.copyOf(departments);
        accounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
        for (Account account : accounts.values()) {
            if (account.department() != null && !departments.containsKey(account.department())) {
                throw new IllegalArgumentException("Tài khoản " + account.username() + " thuộc sở không có tên: "
                        + account.department());
            }
        }
    }

    /** Reads the file's text. */
    public static AccountBook read(String yaml) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<String, Object> province = map(root.get("province"));
        Map<String, String> departments = new LinkedHashMap<>();
        map(root.get("departments")).forEach((code, name) -> departments.put(code, String.valueOf(name)));
        Map<String, Account> accounts = new LinkedHashMap<>();
        for (Object entry : (List<?>) root.get("accounts")) {
            Map<String, Object> fields = map(entry);
            Account account = new Account(text(fields.get("username")), text(fields.get("name")),
                    text(fields.get("role")), text(fields.get("department")), text(fields.get("unit")));
            if (accounts.put(account.username(), account) != null) {
                throw new IllegalArgumentException("Tài khoản trùng: " + account.username());
            }
        }
        return new AccountBook(text(province.get("code")), text(province.get("name")), departments,
                text(root.get("password")), accounts);
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    /** The department's name, e.g. "Sở Khoa học và Công nghệ". */
    public String departmentName(String code) {
        return departments.get(code);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("Tệp tài khoản không đúng cấu trúc");
        }
        return (Map<String, Object>) value;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
