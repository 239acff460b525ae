package cn.tongxin.shared;

/** Small text helpers for input from forms and files. */
public final class Text {

    private Text() {
    }

    public static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public static String likePattern(String keyword) {
        String k = trimToNull(keyword);
        return k == null ? null : "%" + k.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
