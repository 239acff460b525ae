package cn.tongxin.shared;

/** A requested page, 1-based, with a bounded size. */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageQuery {
        page = Math.max(1, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static PageQuery of(Integer page, Integer size) {
        return new PageQuery(page == null ? 1 : page, size == null ? 20 : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
