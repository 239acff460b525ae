package cn.tongxin.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, where we are, and how many there are in all. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
