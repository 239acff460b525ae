package cn.tongxin.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** A download keeps its Chinese file name (RFC 5987) and its content type. */
class DownloadsTests {

    @Test
    void aChineseFileNameIsEncodedNotLost() {
        var response = Downloads.of("委员 名册.xlsx", Downloads.XLSX, new byte[]{1, 2});
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename*=UTF-8''%E5%A7%94%E5%91%98%20%E5%90%8D%E5%86%8C.xlsx");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo(Downloads.XLSX);
        assertThat(response.getBody()).containsExactly(1, 2);
    }
}
