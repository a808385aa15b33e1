package org.rematch.forums.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list, where it sits and how many items there are in all (the directory's shape). */
public record PageView<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <T> PageView<T> of(List<T> items, Paging paging, long total) {
        return new PageView<>(List.copyOf(items), paging.page(), paging.size(), total,
                (int) ((total + paging.size() - 1) / paging.size()));
    }

    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(items.stream().map(mapper).toList(), page, size, total, totalPages);
    }
}
