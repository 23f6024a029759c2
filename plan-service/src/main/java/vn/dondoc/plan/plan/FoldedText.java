package vn.dondoc.plan.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * A search text as a regular expression that matches with or without Vietnamese diacritics and in
 * either case ("kiem soat" finds "Kiểm soát"), spelled out letter by letter so that it means the same
 * on MongoDB (PCRE) and on the embedded store (java.util.regex). Stored texts are NFC.
 */
final class FoldedText {

    private static final Map<Character, String> VARIANTS = Map.of(
            'a', "aàáảãạăằắẳẵặâầấẩẫậ",
            'e', "eèéẻẽẹêềếểễệ",
            'i', "iìíỉĩị",
            'o', "oòóỏõọôồốổỗộơờớởỡợ",
            'u', "uùúủũụưừứửữự",
            'y', "yỳýỷỹỵ",
            'd', "dđ");

    private FoldedText() {
    }

    /** The pattern of the text; {@code null} for none or blank. */
    static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String folded = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd');
        StringBuilder pattern = new StringBuilder();
        boolean space = false;
        for (char c : folded.toCharArray()) {
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                pattern.append("\\s+");
                space = false;
            }
            if (Character.isLetter(c)) {
                String lower = VARIANTS.getOrDefault(c, String.valueOf(c));
                pattern.append('[').append(lower).append(lower.toUpperCase(Locale.ROOT)).append(']');
            } else if (Character.isDigit(c)) {
                pattern.append(c);
            } else {
                pattern.append('\\').append(c);
            }
        }
        return pattern.toString();
    }
}
