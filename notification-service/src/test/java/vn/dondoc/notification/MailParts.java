package vn.dondoc.notification;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;

/** Reads what a person sees in a received email: recipient, subject, plain-text and HTML parts. */
public record MailParts(String to, String subject, String text, String html) {

    public static MailParts of(MimeMessage message) {
        try {
            return new MailParts(String.join(",", Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()),
                    message.getSubject(), part(message, "text/plain"), part(message, "text/html"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part.getContent().toString().replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
