package cn.tongxin.handling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.handling.AssignmentStatus;
import cn.tongxin.handling.CaseStatus;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.handling.UnitRole;
import cn.tongxin.shared.SubjectType;

/** Reads of cases and assignments for pages, and the raters of a case; every read is scoped by committee. */
@Component
public class CaseStore {

    private static final String ASSIGNMENT = """
            select a.id, a.case_id, a.committee_id, a.unit_id, u.name as unit_name, a.role, a.status, a.due_date
              from handling_assignment a join handling_unit u on u.id = a.unit_id
            """;

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CaseRow> caseOf(long committeeId, SubjectType subjectType, long subjectId) {
        return jdbc.sql("select * from handling_case where committee_id = ? and subject_type = ? and subject_id = ?")
                .params(committeeId, subjectType.name(), subjectId).query(CaseStore::caseRow).optional();
    }

    public List<AssignmentRow> assignments(long caseId) {
        return jdbc.sql(ASSIGNMENT + " where a.case_id = ? order by a.id").param(caseId).query(CaseStore::assignmentRow).list();
    }

    Optional<Long> caseIdOf(long committeeId, long assignmentId) {
        return jdbc.sql("select case_id from handling_assignment where id = ? and committee_id = ?")
                .params(assignmentId, committeeId).query(Long.class).optional();
    }

    public String unitName(long committeeId, long unitId) {
        return jdbc.sql("select name from handling_unit where id = ? and committee_id = ?").params(unitId, committeeId)
                .query(String.class).optional()
                .orElse("单位" + unitId);
    }

    public void addRaters(long caseId, Set<Long> members) {
        members.forEach(m -> jdbc.sql("insert into handling_rater (case_id, member_id) values (?, ?)").params(caseId, m).update());
    }

    public List<Long> raters(long caseId) {
        return jdbc.sql("select member_id from handling_rater where case_id = ?").param(caseId).query(Long.class).list();
    }

    public boolean isRater(long caseId, long memberId) {
        return jdbc.sql("select count(*) from handling_rater where case_id = ? and member_id = ?").params(caseId, memberId)
                .query(Long.class).single() > 0;
    }

    static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
        return new CaseRow(rs.getLong("id"), rs.getLong("committee_id"), SubjectType.valueOf(rs.getString("subject_type")),
                rs.getLong("subject_id"), rs.getString("subject_title"), rs.getString("subject_link"), HandlingMode.valueOf(rs.getString("mode")),
                CaseStatus.valueOf(rs.getString("status")), rs.getInt("round"), rs.getTimestamp("assigned_at").toInstant(),
                rs.getObject("due_date", LocalDate.class), rs.getObject("max_due_date", LocalDate.class),
                rs.getObject("co_opinion_due", LocalDate.class), rs.getObject("objection_until", LocalDate.class),
                rs.getInt("rating_window_days"), rs.getInt("rehandle_months"), instant(rs.getTimestamp("replied_at")),
                rs.getObject("rating_due", LocalDate.class), rs.getInt("version"));
    }

    static AssignmentRow assignmentRow(ResultSet rs, int n) throws SQLException {
        return new AssignmentRow(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("committee_id"), rs.getLong("unit_id"),
                rs.getString("unit_name"), UnitRole.valueOf(rs.getString("role")),
                AssignmentStatus.valueOf(rs.getString("status")), rs.getObject("due_date", LocalDate.class));
    }

    public static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
