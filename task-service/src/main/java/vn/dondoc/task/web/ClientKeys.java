package vn.dondoc.task.web;

import java.util.UUID;

/**
 * A client's {@code Idempotency-Key} lives in its caller's own namespace ({@code user:<name>:<key>}),
 * so it can never equal the request id of a system command ({@code task-overdue:…},
 * {@code plan-withdrawn}) nor another user's key. Without a key every request is new.
 */
final class ClientKeys {

    private static final String PREFIX = "user:";

    private ClientKeys() {
    }

    static String requestId(String user, String key) {
        return key == null || key.isBlank() ? PREFIX + user + ":" + UUID.randomUUID() : PREFIX + user + ":" + key;
    }
}
