package cn.tongxin.opinion;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A report as written: one matter per report. {@code sourceUnitId}: in the name of the author's party or group;
 * {@code memberId}: the member staff enter it for; {@code coAuthorIds}: further member authors; {@code receivedOn}: the
 * day staff received it (a letter of last month), null for today.
 */
public record ReportForm(String requestKey, String title, String body, String category, Long sourceUnitId, Long memberId,
                         List<Long> coAuthorIds, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn) {

    /** A report received today. */
    public ReportForm(String requestKey, String title, String body, String category, Long sourceUnitId, Long memberId,
                      List<Long> coAuthorIds) {
        this(requestKey, title, body, category, sourceUnitId, memberId, coAuthorIds, null);
    }

    @Override
    public String toString() {
        return "ReportForm[" + title + "]";
    }
}
