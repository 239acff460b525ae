package cn.tongxin.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * A past activity brought in with its real dates and its attendance: members present (出席), excused (请假) and absent
 * (缺席); every one of them counts as invited.
 */
public record PastActivity(String title, ActivityType type, LocalDate startsOn, LocalDate endsOn, String place,
                           String organiserName, List<Long> present, List<Long> excused, List<Long> absent) {
}
