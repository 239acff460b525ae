package cn.tongxin.member;

/** Facts about the roster that other modules react to (figures grouped by a member's party or sector). */
public final class MemberEvents {

    private MemberEvents() {
    }

    /** Members of the committee were added or changed (by hand or by a roster import). */
    public record RosterChanged(long committeeId) {
    }
}
