package vn.dondoc.task.assignment.web;

import java.util.List;
import vn.dondoc.task.assignment.InvalidCommandException;

/**
 * One page of a long list: {@code page} is 0-based, {@code size} 1–{@value #MAX_SIZE}. Without
 * either the whole list is one page, so clients that do not page keep getting everything.
 */
record ListPage(int page, int size) {

    /** The largest page a client may ask for. */
    static final int MAX_SIZE = 500;

    private static final ListPage EVERYTHING = new ListPage(0, Integer.MAX_VALUE);

    /** The page the query parameters ask for; invalid values are {@link InvalidCommandException}s. */
    static ListPage of(Integer page, Integer size) {
        if (page == null && size == null) {
            return EVERYTHING;
        }
        if (size == null) {
            throw new InvalidCommandException("size",
                    "Cần cho biết số phân công mỗi trang (size, từ 1 đến " + MAX_SIZE + ") khi chọn trang");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidCommandException("size",
                    "Số phân công mỗi trang (size) phải từ 1 đến " + MAX_SIZE + ", nhận được " + size);
        }
        if (page != null && page < 0) {
            throw new InvalidCommandException("page",
                    "Số trang (page) bắt đầu từ 0, nhận được " + page);
        }
        return new ListPage(page == null ? 0 : page, size);
    }

    /** Whether no page was asked for: the whole list. */
    boolean whole() {
        return this.equals(EVERYTHING);
    }

    /** The position in the whole list of the page's first item. */
    long from() {
        return (long) page * size;
    }

    /** The part of the list on this page; empty past the last page. */
    <T> List<T> of(List<T> all) {
        long from = (long) page * size;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + size));
    }
}
