package org.hros.shared;

import java.util.List;

/** One page of results with what a pager needs. Pages are numbered from 1. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 12;

    public int pages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Clamps a requested page number to at least 1. */
    public static int normalise(Integer requested) {
        return requested == null || requested < 1 ? 1 : Math.min(requested, 10_000);
    }
}
