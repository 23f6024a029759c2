package vn.dondoc.task.plan;

import java.text.Normalizer;
import java.util.Locale;

/** Folds Vietnamese text for search: "Văn phòng Sở" and "van phong so" fold to the same text. */
public final class TextFolding {

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    /** Whether every word of the query occurs in the text, ignoring case and diacritics. */
    public static boolean matches(String text, String query) {
        String folded = fold(text);
        for (String word : fold(query).split(" ")) {
            if (!folded.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
