package vn.dondoc.contracts;

import java.util.List;

/** Checks that events use in their compact constructors: a field the contract requires is present. */
final class Required {

    private Required() {
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing required field: " + field);
        }
        return value;
    }

    static <T> T value(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing required field: " + field);
        }
        return value;
    }

    static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }
}
