package vn.dondoc.reporting.departmentreport;

import java.util.List;
import java.util.Locale;

/**
 * What a department report prints around its figures, in the order of Nghị định 30/2020/NĐ-CP:
 * the governing body and the issuer, the number, place, "Nơi nhận" and the signature block.
 *
 * @param governingBody "UBND TỈNH THÁI NGUYÊN", empty when the province is not configured
 * @param issuer        the department's full name in capitals ("SỞ KHOA HỌC VÀ CÔNG NGHỆ")
 * @param number        "Số: 12/BC-SKHCN", or "Số:      /BC-SKHCN" for the clerk to fill in
 * @param place         the place of the date line ("Thái Nguyên"); empty: the date alone
 */
public record ReportLetterhead(String governingBody, String issuer, String number, String place,
        List<String> recipients, String signingAuthority, String signerTitle, String signerName) {

    public ReportLetterhead {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** The heading of a department known only by its code, with the usual recipients. */
    public static ReportLetterhead of(String departmentCode) {
        return new ReportLetterhead("", "SỞ " + departmentCode, blankNumber(departmentCode), "",
                List.of("Văn phòng UBND tỉnh;", "Lưu: VT, VP."), "", "", "");
    }

    static String blankNumber(String departmentCode) {
        return "Số:       /BC-" + departmentCode;
    }

    static String upper(String text) {
        return text.toUpperCase(Locale.forLanguageTag("vi"));
    }
}
