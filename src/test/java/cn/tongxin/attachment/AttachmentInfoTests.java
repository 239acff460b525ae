package cn.tongxin.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Sizes are shown in KB (at least 1) below a megabyte and in MB with one decimal above. */
class AttachmentInfoTests {

    private static String label(long bytes) {
        return new AttachmentInfo(1, "a.pdf", "application/pdf", bytes, Instant.EPOCH).sizeLabel();
    }

    @Test
    void aTinyFileShowsAsOneKb() {
        assertThat(label(10)).isEqualTo("1 KB");
    }

    @Test
    void belowAMegabyteTheSizeIsInKb() {
        assertThat(label(500 * 1024)).isEqualTo("500 KB");
    }

    @Test
    void fromAMegabyteTheSizeIsInMbWithOneDecimal() {
        assertThat(label(1024 * 1024)).isEqualTo("1.0 MB");
        assertThat(label(5 * 1024 * 1024 + 512 * 1024)).isEqualTo("5.5 MB");
    }
}
