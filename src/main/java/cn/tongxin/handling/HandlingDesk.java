package cn.tongxin.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.shared.SubjectType;

/**
 * The handling engine's part of the home page: the replies a member is to rate, and a unit's open cases by deadline.
 * Each is one bounded statement over the indexes of {@code handling_rater} and {@code handling_assignment}.
 */
@Service
public class HandlingDesk {

    private static final int SHOWN = 20;

    private final JdbcClient jdbc;
    private final Clock clock;

    HandlingDesk(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A case on a desk: what kind of subject it is, its title and page, and the date it is due by. */
    public record DeskCase(SubjectType subjectType, String kind, String title, String link, LocalDate due, boolean overdue,
                           String note) {

        /** {@code kind}: 提案, 微建议, or 协商成果 (an activity's output handed to units). */
        static DeskCase of(SubjectType type, String title, String link, LocalDate due, boolean overdue, String note) {
            return new DeskCase(type, type == SubjectType.ACTIVITY_OUTPUT ? "协商成果" : type.label(), title, link, due, overdue, note);
        }
    }

    /** Replied cases the member rates and has not rated in this round, the earliest rating deadline first. */
    public List<DeskCase> ratingsDue(CurrentUser member) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select c.subject_type, c.subject_title, c.subject_link, c.rating_due from handling_rater r
                  join handling_case c on c.id = r.case_id
                 where r.member_id = :member and c.committee_id = :committee and c.status = 'REPLIED'
                   and not exists (select 1 from handling_rating g where g.case_id = c.id and g.round = c.round and g.member_id = :member)
                 order by c.rating_due nulls last, c.id limit :limit""")
                .param("member", member.memberId() == null ? -1 : member.memberId()).param("committee", member.committeeId())
                .param("limit", SHOWN)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("rating_due", LocalDate.class);
                    return DeskCase.of(SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_title"),
                            rs.getString("subject_link"), due, due != null && due.isBefore(today), "待评价");
                }).list();
    }

    /** The unit's open assignments (not yet replied), overdue first then by deadline, and how many there are. */
    public UnitCases unitCases(CurrentUser unit) {
        LocalDate today = LocalDate.now(clock);
        long[] total = {0};
        List<DeskCase> cases = jdbc.sql("""
                select c.subject_type, c.subject_title, c.subject_link, a.due_date, a.status, count(*) over () as total
                  from handling_assignment a join handling_case c on c.id = a.case_id
                 where a.committee_id = :committee and a.unit_id = :unit and a.status in ('ASSIGNED', 'ACKNOWLEDGED')
                   and c.status = 'HANDLING'
                 order by a.due_date, a.id limit :limit""")
                .param("committee", unit.committeeId()).param("unit", unit.unitId() == null ? -1 : unit.unitId())
                .param("limit", SHOWN)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    AssignmentStatus status = AssignmentStatus.valueOf(rs.getString("status"));
                    total[0] = rs.getLong("total");
                    return DeskCase.of(SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_title"),
                            rs.getString("subject_link"), due, due.isBefore(today), status.label());
                }).list();
        return new UnitCases(cases.isEmpty() ? 0 : total[0], cases);
    }

    public record UnitCases(long open, List<DeskCase> shown) {
    }
}
