package cn.tongxin.opinion;

import java.util.List;

/**
 * A report as written: one matter per report. {@code sourceUnitId}: in the name of the author's party or group;
 * {@code memberId}: the member staff enter it for; {@code coAuthorIds}: further member authors.
 */
public record ReportForm(String requestKey, String title, String body, String category, Long sourceUnitId, Long memberId,
                         List<Long> coAuthorIds) {

    @Override
    public String toString() {
        return "ReportForm[" + title + "]";
    }
}
