package vn.dondoc.eventing.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free ports for a server a test starts later, chosen below Linux's ephemeral range (32768–60999).
 * A port from {@code new ServerSocket(0)} comes from that range, so by the time the server binds it
 * an outgoing connection of the test (to the broker, the store) may have been given it as its own
 * local port: "Port 37455 is already in use" (CI, session 18).
 */
public final class FreePorts {

    private static final int LOWEST = 20_000;
    private static final int BELOW_EPHEMERAL = 32_768;

    private FreePorts() {
    }

    /** A port p with p … p + count − 1 all free now. */
    public static int run(int count) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(LOWEST, BELOW_EPHEMERAL - count);
            if (allFree(first, count)) {
                return first;
            }
        }
        throw new IllegalStateException("no " + count + " adjacent free ports below " + BELOW_EPHEMERAL);
    }

    private static boolean allFree(int first, int count) {
        for (int port = first; port < first + count; port++) {
            try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
                // free
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
