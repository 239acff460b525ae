package cn.tongxin.notification;

/** Who a message is for: a user, a member's accounts, a handling unit's accounts, or the committee's staff. */
public record Recipient(Kind kind, Long id) {

    public enum Kind { USER, MEMBER, UNIT, STAFF }

    public static Recipient member(long memberId) {
        return new Recipient(Kind.MEMBER, memberId);
    }

    public static Recipient unit(long unitId) {
        return new Recipient(Kind.UNIT, unitId);
    }

    public static Recipient staff() {
        return new Recipient(Kind.STAFF, null);
    }
}
