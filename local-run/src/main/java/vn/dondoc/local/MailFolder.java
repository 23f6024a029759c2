package vn.dondoc.local;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HexFormat;

/**
 * Writes each received email once as an {@code .eml} file (RFC 822, opens in any mail client) into
 * a folder: {@code <sent yyyyMMdd-HHmmss>-<12 hex of its Message-ID>.eml}. A message addressed to
 * several recipients is one file; writing the same message again changes nothing.
 */
public final class MailFolder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Path folder;

    public MailFolder(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Writes the messages not written yet; returns how many files were written. */
    public int save(MimeMessage... messages) throws IOException, MessagingException {
        Files.createDirectories(folder);
        int written = 0;
        for (MimeMessage message : messages) {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            String identity = message.getMessageID() != null ? message.getMessageID()
                    : raw.toString(StandardCharsets.ISO_8859_1);
            Date sent = message.getSentDate() != null ? message.getSentDate() : new Date(0);
            Path file = folder.resolve(STAMP.format(sent.toInstant()) + "-" + hash(identity) + ".eml");
            if (Files.exists(file)) {
                continue;
            }
            Path partial = folder.resolve(file.getFileName() + ".part");
            Files.write(partial, raw.toByteArray(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(partial, file);
            written++;
        }
        return written;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
