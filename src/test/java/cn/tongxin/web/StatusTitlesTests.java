package cn.tongxin.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Every status a person or API client may meet has a Chinese title. */
class StatusTitlesTests {

    @Test
    void everyStatusTheApiAnswersHasAChineseTitle() {
        for (HttpStatus status : new HttpStatus[]{HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN,
                HttpStatus.NOT_FOUND, HttpStatus.METHOD_NOT_ALLOWED, HttpStatus.NOT_ACCEPTABLE, HttpStatus.CONFLICT,
                HttpStatus.CONTENT_TOO_LARGE, HttpStatus.UNSUPPORTED_MEDIA_TYPE, HttpStatus.UNPROCESSABLE_CONTENT,
                HttpStatus.INTERNAL_SERVER_ERROR, HttpStatus.SERVICE_UNAVAILABLE, HttpStatus.TOO_MANY_REQUESTS}) {
            assertThat(StatusTitles.of(status)).as("%s", status).matches("\\p{IsHan}+");
        }
    }

    @Test
    void serverErrorsShareOneTitle() {
        assertThat(StatusTitles.of(HttpStatus.BAD_GATEWAY)).isEqualTo("服务器错误");
    }
}
