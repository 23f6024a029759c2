package vn.dondoc.eventing.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request over a plain socket, written to its end before the answer is read, as curl or
 * a blocking client does: a server that answers early and closes the connection makes the write or
 * the read fail here ({@link IOException}), where an asynchronous client would still see the answer.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** The answer: status line code and body. */
    public record Answer(int status, String body) {
    }

    public static Answer send(int port, String method, String path, String contentType, String token, byte[] body)
            throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Connection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < body.length; offset += 64 * 1024) {
                out.write(body, offset, Math.min(64 * 1024, body.length - offset));
            }
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            int bodyStart = text.indexOf("\r\n\r\n") + 4;
            String payload = text.substring(bodyStart);
            if (text.substring(0, bodyStart).toLowerCase().contains("transfer-encoding: chunked")) {
                payload = dechunk(payload);
            }
            return new Answer(status, payload);
        }
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int end = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, end).strip(), 16);
            if (size == 0) {
                break;
            }
            byte[] rest = chunked.substring(end + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
            out.append(chunk);
            at = end + 2 + chunk.length() + 2;
        }
        return out.toString();
    }
}
