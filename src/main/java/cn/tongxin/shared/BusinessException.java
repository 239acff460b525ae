package cn.tongxin.shared;

import org.springframework.http.HttpStatus;

/** A refusal a person can understand; its message is shown as it is (Simplified Chinese). */
public class BusinessException extends RuntimeException {

    private final HttpStatus status;

    public BusinessException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    /** The action is not allowed in the current state (409). */
    public static BusinessException conflict(String message) {
        return new BusinessException(HttpStatus.CONFLICT, message);
    }

    /** The input breaks a rule (422). */
    public static BusinessException invalid(String message) {
        return new BusinessException(HttpStatus.UNPROCESSABLE_CONTENT, message);
    }

    /** Not this user's to do (403). */
    public static BusinessException forbidden(String message) {
        return new BusinessException(HttpStatus.FORBIDDEN, message);
    }

    /** Not found, or not visible to this user (404). */
    public static BusinessException notFound(String what) {
        return new BusinessException(HttpStatus.NOT_FOUND, "未找到" + what + "，或您无权查看");
    }
}
