package cn.tongxin.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a page handler that changes something: the API operation that does the same step, as {@code "METHOD /api/v1/…"}.
 * Needed only when the twin is not the page's own path under {@code /api/v1}; BothDoorsTests checks that it exists.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiTwin {

    /** e.g. {@code "PUT /api/v1/calendar/days/{day}"}; path variables are compared by position, not by name. */
    String value();
}
