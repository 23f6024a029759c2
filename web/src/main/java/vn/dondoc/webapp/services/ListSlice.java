package vn.dondoc.webapp.services;

import java.util.List;

/**
 * One page of a service's list endpoint: its items, which page it is (0-based), the page size and
 * the number of items on all pages together (the service's {@code X-Total-Count}). The services
 * answer at most {@value #MAX_SIZE} items a request; a page shows a slice and links to the others
 * (fragment {@code fragments/pager}).
 */
public record ListSlice<T>(List<T> items, int page, int size, long total) {

    /** The largest page the services give. */
    public static final int MAX_SIZE = 500;

    public ListSlice {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** How many pages there are (at least 1). */
    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /** 1-based number of the first item on this page (0 when there is none). */
    public long firstNumber() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    /** 1-based number of the last item on this page. */
    public long lastNumber() {
        return (long) page * size + items.size();
    }
}
