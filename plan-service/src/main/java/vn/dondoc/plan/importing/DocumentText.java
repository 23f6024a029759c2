package vn.dondoc.plan.importing;

import java.text.Normalizer;
import java.util.List;

/** The document as lines of clean NFC text: markdown and HTML marks removed, tabs (cell borders) kept. */
record DocumentText(List<String> lines) {

    static final int MAX_CHARACTERS = 2_000_000;

    DocumentText {
        lines = List.copyOf(lines);
    }

    static DocumentText of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new NotAPlanException("Văn bản rỗng: không có nội dung kế hoạch");
        }
        if (raw.length() > MAX_CHARACTERS) {
            throw new NotAPlanException("Văn bản quá dài (hơn " + MAX_CHARACTERS + " ký tự)");
        }
        long control = raw.chars().filter(c -> c == 0 || c == 0xFFFD || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')).count();
        if (control > 0 && control * 100 > raw.length()) {
            throw new NotAPlanException("Tệp không phải văn bản (có dữ liệu nhị phân)");
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\x00-\\x08\\x0B-\\x1F\\uFEFF\\u200B\\uFFFD]", "")
                .replace('\u00A0', ' ')
                .replaceAll("</?(b|i|u|strong|em|br|p|span)\\b[^>]*>", "")
                .replace("**", "").replace("***", "")
                .replaceAll("(?m)^#+\\s*", "")
                .replaceAll("(?m)(^|\\s)\\*(\\S[^*\\n]*?\\S|\\S)\\*", "$1$2");
        return new DocumentText(List.of(text.split("\n", -1)));
    }

    String joined() {
        return String.join("\n", lines);
    }
}
