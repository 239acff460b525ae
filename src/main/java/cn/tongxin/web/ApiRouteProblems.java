package cn.tongxin.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors raised before any API controller is chosen (unknown path, wrong method, unmatched content type): under
 * {@code /api/} they are problem details in Chinese like every other API error; elsewhere they go on to the error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRouteProblems {

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e, HttpServletRequest request) throws Exception {
        return api(request, e, HttpStatus.NOT_FOUND, ApiProblems.NO_SUCH_PATH);
    }

    /** 405 with the {@code Allow} header naming the methods the path does take (RFC 9110 §15.5.6). */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) throws Exception {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(e.getHeaders())
                .body(api(request, e, HttpStatus.METHOD_NOT_ALLOWED, ApiProblems.NO_SUCH_METHOD));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) throws Exception {
        return api(request, e, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ApiProblems.UNSUPPORTED_TYPE);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) throws Exception {
        return api(request, e, HttpStatus.NOT_ACCEPTABLE, ApiProblems.NOT_ACCEPTABLE);
    }

    /** Rethrowing the same exception lets Spring's default handling (and the Chinese error page) take over. */
    private static ProblemDetail api(HttpServletRequest request, Exception e, HttpStatus status, String detail) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        return ApiProblems.problem(status, detail);
    }
}
