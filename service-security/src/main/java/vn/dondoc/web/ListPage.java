package vn.dondoc.web;

import java.util.List;
import org.springframework.http.ResponseEntity;

/**
 * One page of a list endpoint: {@code page} is 0-based, {@code size} 1–{@value #MAX_SIZE}, by default
 * {@value #DEFAULT_SIZE}. Every list endpoint of every service takes these two query parameters and
 * answers the number of items on all pages together in {@value #TOTAL_COUNT}, so that no request
 * reads a whole collection; the store is asked for the page ({@link #offset()}, {@link #size()}), not
 * for everything.
 */
public record ListPage(int page, int size) {

    /** The largest page a client may ask for. */
    public static final int MAX_SIZE = 500;

    /** The page size when the client names none. */
    public static final int DEFAULT_SIZE = 100;

    /** Response header with the number of items on all pages together. */
    public static final String TOTAL_COUNT = "X-Total-Count";

    /** The page the query parameters ask for; an invalid value is an {@link InvalidPageException} (400). */
    public static ListPage of(Integer page, Integer size) {
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw new InvalidPageException("size",
                    "Số mục mỗi trang (size) phải từ 1 đến " + MAX_SIZE + ", nhận được " + size);
        }
        if (page != null && page < 0) {
            throw new InvalidPageException("page", "Số trang (page) bắt đầu từ 0, nhận được " + page);
        }
        return new ListPage(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** The position in the whole list of the page's first item. */
    public long offset() {
        return (long) page * size;
    }

    /**
     * The part of an already bounded list on this page (a list the store cannot page, e.g. a
     * department's units); empty past the last page.
     */
    public <T> List<T> of(List<T> all) {
        long from = offset();
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + size));
    }

    /** A 200 with the page's items and {@value #TOTAL_COUNT}. */
    public static <T> ResponseEntity<List<T>> response(List<T> items, long total) {
        return ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(total)).body(items);
    }

    /** A 200 with this page of a bounded list and its size in {@value #TOTAL_COUNT}. */
    public <T> ResponseEntity<List<T>> responseOf(List<T> all) {
        return response(of(all), all.size());
    }
}
