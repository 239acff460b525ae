package cn.tongxin.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import cn.tongxin.shared.BusinessException;

/** Errors on pages render a Chinese error page that reveals no internals. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

    @ExceptionHandler(BusinessException.class)
    String business(BusinessException e, HttpServletResponse response, Model model) {
        return render(e.status(), e.getMessage(), response, model);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String concurrent(HttpServletResponse response, Model model) {
        return render(HttpStatus.CONFLICT, "数据已被他人修改，请刷新后重试", response, model);
    }

    /** A path that names no record ({@code /proposals/abc}) is 404; a filter of the wrong type is 400 naming it. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return render(HttpStatus.NOT_FOUND, "请求的页面不存在", response, model);
        }
        return render(HttpStatus.BAD_REQUEST, ApiProblems.badParameter(e.getName()), response, model);
    }

    /** Filters bound to a criteria object ({@code /proposals?status=FOO}): 400 naming the first bad parameter. */
    @ExceptionHandler(BindException.class)
    String unbindable(BindException e, HttpServletResponse response, Model model) {
        String name = e.getFieldErrors().stream().map(FieldError::getField).findFirst().orElse(e.getObjectName());
        return render(HttpStatus.BAD_REQUEST, ApiProblems.badParameter(name), response, model);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missing(MissingServletRequestParameterException e, HttpServletResponse response, Model model) {
        return render(HttpStatus.BAD_REQUEST, ApiProblems.badParameter(e.getParameterName()), response, model);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    String integrity(DataIntegrityViolationException e, HttpServletResponse response, Model model) {
        if (ApiProblems.invalidValue(e)) {
            return render(HttpStatus.BAD_REQUEST, ApiProblems.INVALID_VALUE, response, model);
        }
        return render(HttpStatus.CONFLICT, "数据与已有记录冲突，请检查后重试", response, model);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        return render(HttpStatus.CONTENT_TOO_LARGE, "上传的文件过大", response, model);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(HttpServletResponse response, Model model) {
        return render(HttpStatus.FORBIDDEN, "您没有访问此页面的权限", response, model);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model) {
        var readOnly = ReadOnlyRecords.refusal(e);
        if (readOnly.isPresent()) {
            return render(HttpStatus.CONFLICT, readOnly.get(), response, model);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("页面请求出错，编号 {}", reference, e);
        return render(HttpStatus.INTERNAL_SERVER_ERROR, "系统出现错误，请稍后重试（编号 " + reference + "）", response, model);
    }

    private static String render(HttpStatus status, String message, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", StatusTitles.of(status));
        model.addAttribute("message", message);
        return "error/problem";
    }
}
