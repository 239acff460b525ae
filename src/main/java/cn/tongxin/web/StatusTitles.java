package cn.tongxin.web;

import org.springframework.http.HttpStatus;

/** Chinese titles of the HTTP statuses people may meet. */
public final class StatusTitles {

    private StatusTitles() {
    }

    public static String of(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> "请求有误";
            case 401 -> "未认证";
            case 403 -> "无权访问";
            case 404 -> "未找到";
            case 405 -> "不支持的请求";
            case 406 -> "无法提供该格式";
            case 409 -> "操作冲突";
            case 413 -> "文件过大";
            case 415 -> "不支持的内容类型";
            case 422 -> "内容有误";
            case 429 -> "请求过于频繁";
            default -> status.is5xxServerError() ? "服务器错误" : "请求失败";
        };
    }
}
