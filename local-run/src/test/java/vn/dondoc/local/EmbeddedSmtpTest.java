package vn.dondoc.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local run's SMTP server writes each received email once as an .eml file that reads back with
 * its Vietnamese subject and text, however many recipients it had and however often it copies.
 */
class EmbeddedSmtpTest {

    @TempDir
    Path data;

    @Test
    void writesEachReceivedEmailOnceAsAnEmlFile() throws Exception {
        MailFolder folder = new MailFolder(data.resolve("mail"));
        try (EmbeddedSmtp smtp = new EmbeddedSmtp(folder, 0)) {
            smtp.start();
            Session session = session(smtp.port());

            send(session, "[Đôn Đốc] Quá hạn: Kế hoạch 257/KH-SKHCN, mục 2.3.3",
                    "Hạn hoàn thành: 30/09/2026, đã quá hạn 1 ngày.", "vp@skhcn.example.vn", "qlkh@skhcn.example.vn");

            await().atMost(Duration.ofSeconds(10)).until(() -> emls().size() == 1);
            smtp.copy();
            assertThat(folder.save()).isZero();
            MimeMessage written = read(emls().get(0));
            assertThat(written.getSubject()).isEqualTo("[Đôn Đốc] Quá hạn: Kế hoạch 257/KH-SKHCN, mục 2.3.3");
            assertThat(written.getContent().toString().strip()).isEqualTo("Hạn hoàn thành: 30/09/2026, đã quá hạn 1 ngày.");
            assertThat(written.getAllRecipients()).hasSize(2);

            send(session, "[Đôn Đốc] Nhắc việc", "Đề nghị báo cáo tiến độ.", "cds@skhcn.example.vn");
            await().atMost(Duration.ofSeconds(10)).until(() -> emls().size() == 2);
        }
        assertThat(emls()).hasSize(2).allSatisfy(file -> assertThat(file.getFileName().toString())
                .matches("\\d{8}-\\d{6}-[0-9a-f]{12}\\.eml"));
    }

    private List<Path> emls() throws Exception {
        Path mail = data.resolve("mail");
        if (!Files.isDirectory(mail)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(mail)) {
            return files.filter(file -> file.toString().endsWith(".eml")).sorted().toList();
        }
    }

    private static Session session(int port) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(port));
        return Session.getInstance(properties);
    }

    private static void send(Session session, String subject, String text, String... to) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("khong-tra-loi@dondoc.vn"));
        for (String address : to) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
        }
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    private static MimeMessage read(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
