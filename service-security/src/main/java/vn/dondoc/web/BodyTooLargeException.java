package vn.dondoc.web;

import java.io.IOException;

/** A request body longer than its limit ({@link RequestLimits}): a 413. */
public class BodyTooLargeException extends IOException {

    private final long maxBytes;

    public BodyTooLargeException(long maxBytes) {
        super(detail(maxBytes));
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** "Nội dung gửi lên quá lớn: tối đa 1 MB". */
    public static String detail(long maxBytes) {
        return "Nội dung gửi lên quá lớn: tối đa " + size(maxBytes);
    }

    static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " byte";
    }
}
