package vn.dondoc.plan.directory;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which names are compared: no diacritics (đ → d), lower case, punctuation other than
 * {@code &} and {@code ,} dropped, single spaces. "Văn phòng  Sở." and "van phong so" meet here.
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return decomposed.replaceAll("[^\\p{L}\\p{N}&,]+", " ")
                .replaceAll("\\s*,\\s*", ", ")
                .replaceAll("\\s+", " ")
                .replaceAll("^[ ,]+|[ ,]+$", "");
    }
}
