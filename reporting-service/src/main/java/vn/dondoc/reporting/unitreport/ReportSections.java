package vn.dondoc.reporting.unitreport;

import java.text.Normalizer;

/**
 * The narrative of a unit report (Vietnamese, stored NFC): kết quả thực hiện, tồn tại hạn chế và
 * nguyên nhân, nhiệm vụ kỳ tới, đề xuất kiến nghị.
 */
public record ReportSections(String results, String shortcomings, String nextPeriodTasks, String proposals) {

    public ReportSections {
        results = nfc(results);
        shortcomings = nfc(shortcomings);
        nextPeriodTasks = nfc(nextPeriodTasks);
        proposals = nfc(proposals);
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
