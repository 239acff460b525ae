package cn.tongxin.activity;

/** Facts of members' participation, for the performance record (a later module) and notifications. */
public final class ActivityEvents {

    private ActivityEvents() {
    }

    public record CheckedIn(long committeeId, long activityId, long memberId, Attendance attendance) {
    }

    public record LeaveDecided(long committeeId, long activityId, long memberId, boolean approved) {
    }

    public record OutputRecorded(long committeeId, long activityId, long outputId, OutputKind kind, java.util.List<Long> authors) {
    }
}
