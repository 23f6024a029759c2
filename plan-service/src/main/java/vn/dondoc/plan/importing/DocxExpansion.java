package vn.dondoc.plan.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import vn.dondoc.web.RequestLimits;

/**
 * Checks a .docx (a zip) before Word parsing: its parts inflated, counted as they really expand (not
 * as their headers claim), may not exceed {@link RequestLimits#DOCX_EXPANDED_BYTES} together, nor
 * expand more than 1/{@link RequestLimits#DOCX_MIN_INFLATE_RATIO} times the file. Apache POI's own
 * per-part checks ({@link ZipSecureFile}) are set to the same figures as a second line.
 */
final class DocxExpansion {

    static {
        ZipSecureFile.setMinInflateRatio(RequestLimits.DOCX_MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(RequestLimits.DOCX_EXPANDED_BYTES);
    }

    private DocxExpansion() {
    }

    /** Throws {@link OversizedDocumentException} for a zip bomb; a file that is not a zip is left to the parser. */
    static void check(byte[] docx) {
        long limit = Math.min(RequestLimits.DOCX_EXPANDED_BYTES,
                (long) Math.ceil(docx.length / RequestLimits.DOCX_MIN_INFLATE_RATIO));
        long expanded = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    expanded += n;
                    if (expanded > limit) {
                        throw new OversizedDocumentException("Tệp Word (.docx) giải nén ra quá lớn: tối đa "
                                + RequestLimits.DOCX_EXPANDED_BYTES / (1024 * 1024) + " MB và không quá "
                                + Math.round(1 / RequestLimits.DOCX_MIN_INFLATE_RATIO) + " lần kích thước tệp");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a readable zip: the parser says it is broken
        }
    }

    /** Makes sure POI's limits are set before it opens a document. */
    static InputStream open(byte[] docx) {
        check(docx);
        return new ByteArrayInputStream(docx);
    }
}
