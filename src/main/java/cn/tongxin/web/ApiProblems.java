package cn.tongxin.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;

/** Every API error is an RFC 9457 problem detail with a Chinese message, and never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final String NO_SUCH_PATH = "请求的地址不存在";
    static final String NO_SUCH_METHOD = "不支持该请求方法";
    static final String UNSUPPORTED_TYPE = "不支持该请求内容类型，请以 application/json 提交";
    static final String NOT_ACCEPTABLE = "无法以所要求的格式返回，请接受 application/json";

    @ExceptionHandler(FieldErrors.class)
    ProblemDetail fieldErrors(FieldErrors e) {
        ProblemDetail problem = problem(e.status(), e.getMessage());
        problem.setProperty("errors", e.errors().stream()
                .map(err -> Map.of("field", err.field(), "message", err.message())).toList());
        return problem;
    }

    @ExceptionHandler(BusinessException.class)
    ProblemDetail business(BusinessException e) {
        return problem(e.status(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        // a parameter that does not convert (an unknown enum value, text for a number) names itself, never Spring's message
        var unconvertible = e.getBindingResult().getFieldErrors().stream().filter(f -> f.isBindingFailure()).findFirst();
        if (unconvertible.isPresent()) {
            return parameter(unconvertible.get().getField());
        }
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "提交的内容有误，请修改后重试");
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", f.getDefaultMessage() == null ? "格式不正确" : f.getDefaultMessage()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "请求内容格式不正确，请检查参数");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return parameter(e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return parameter(e.getParameterName());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return parameter(e.getRequestPartName());
    }

    static String badParameter(String name) {
        return "请求内容格式不正确，请检查参数“" + name + "”";
    }

    private static ProblemDetail parameter(String name) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, badParameter(name));
        problem.setProperty("parameter", name);
        return problem;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_TYPE);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return problem(HttpStatus.NOT_ACCEPTABLE, NOT_ACCEPTABLE);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrent(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "数据已被他人修改，请刷新后重试");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        if (invalidValue(e)) {
            return problem(HttpStatus.BAD_REQUEST, INVALID_VALUE);
        }
        return problem(HttpStatus.CONFLICT, "数据与已有记录冲突，请检查后重试");
    }

    static final String INVALID_VALUE = "请求中有无效的值（如超出范围的数字或不允许的字符），请检查参数";

    /**
     * PostgreSQL's class 22 (data exception: a value out of range, a character it cannot store) is bad input, not a
     * conflict with a record; the checks at the edge should have named the parameter, this is the net below them.
     */
    static boolean invalidValue(DataIntegrityViolationException e) {
        return org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e) instanceof java.sql.SQLException sql
                && sql.getSQLState() != null && sql.getSQLState().startsWith("22");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "上传的文件过大");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "您没有执行此操作的权限");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, NO_SUCH_PATH);
    }

    /** 405 with the {@code Allow} header naming the methods the path does take (RFC 9110 §15.5.6). */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(e.getHeaders())
                .body(problem(HttpStatus.METHOD_NOT_ALLOWED, NO_SUCH_METHOD));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        var readOnly = ReadOnlyRecords.refusal(e);
        if (readOnly.isPresent()) {
            return problem(HttpStatus.CONFLICT, readOnly.get());
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("API 请求出错，编号 {}", reference, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请稍后重试（编号 " + reference + "）");
    }

    static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(StatusTitles.of(status));
        return problem;
    }
}
