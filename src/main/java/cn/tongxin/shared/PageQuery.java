package cn.tongxin.shared;

/** A requested page, 1-based, with a bounded size. */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 200;
    /** Far beyond any list, and small enough that the offset fits an int. */
    public static final int MAX_PAGE = 1_000_000;

    public PageQuery {
        if (page > MAX_PAGE) {
            throw new BusinessException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "请求内容格式不正确，请检查参数“page”（页码不超过" + MAX_PAGE + "）");
        }
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
