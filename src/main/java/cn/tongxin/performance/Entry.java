package cn.tongxin.performance;

import java.time.LocalDate;

import cn.tongxin.shared.SubjectRef;

/**
 * One entry of a member's record: what happened on which day, the member's role, the source record (null for a
 * staff-added entry) and the page that opens it. Points are not stored here: the year's rule set gives them.
 */
public record Entry(long id, long memberId, LocalDate on, FactKind kind, String qualifier, MemberRole role, int sharers,
                    SubjectRef source, String title, String link, Origin origin, EntryStatus status) {

    /** Where the entry came from. */
    public enum Origin implements cn.tongxin.shared.Labelled {
        EVENT("业务记录"), STAFF("工作人员补录"), CLAIM("委员申报");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Only counted entries earn points; a claim waits for staff, a refused claim stays visible to its member. */
    public enum EntryStatus implements cn.tongxin.shared.Labelled {
        COUNTED("已计入"), CLAIMED("待审核"), REFUSED("未通过");

        private final String label;

        EntryStatus(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public int year() {
        return on.getYear();
    }

    public boolean counted() {
        return status == EntryStatus.COUNTED;
    }
}
