package cn.tongxin.handling.internal;

import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.handling.AssignmentStatus;
import cn.tongxin.handling.CaseStatus;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.handling.UnitRole;
import cn.tongxin.shared.BusinessException;

/** SQL for cases and assignments; every read is scoped by committee. */
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

    public CaseRow lockCase(long committeeId, long caseId) {
        return jdbc.sql("select * from handling_case where id = ? and committee_id = ? for update")
                .params(caseId, committeeId).query(CaseStore::caseRow).optional()
                .orElseThrow(() -> BusinessException.notFound("办理事项"));
    }

    /** Reads a case without locking it. */
    public CaseRow readCase(long committeeId, long caseId) {
        return jdbc.sql("select * from handling_case where id = ? and committee_id = ?")
                .params(caseId, committeeId).query(CaseStore::caseRow).optional()
                .orElseThrow(() -> BusinessException.notFound("办理事项"));
    }

    public Optional<CaseRow> caseOf(long committeeId, SubjectRef subject) {
        return caseOf(committeeId, subject.type(), subject.id());
    }

    public Optional<CaseRow> caseOf(long committeeId, SubjectType subjectType, long subjectId) {
        return jdbc.sql("select * from handling_case where committee_id = ? and subject_type = ? and subject_id = ?")
                .params(committeeId, subjectType.name(), subjectId).query(CaseStore::caseRow).optional();
    }

    /** The assignment and its case, both locked: steps on one case never interleave. */
    public AssignmentRow lockAssignment(long committeeId, long assignmentId) {
        Long caseId = jdbc.sql("select case_id from handling_assignment where id = ? and committee_id = ?")
                .params(assignmentId, committeeId).query(Long.class).optional()
                .orElseThrow(() -> BusinessException.notFound("交办记录"));
        lockCase(committeeId, caseId);
        return assignment(committeeId, assignmentId);
    }

    public AssignmentRow assignment(long committeeId, long assignmentId) {
        return jdbc.sql(ASSIGNMENT + " where a.id = ? and a.committee_id = ?").params(assignmentId, committeeId)
                .query(CaseStore::assignmentRow).optional().orElseThrow(() -> BusinessException.notFound("交办记录"));
    }

    public List<AssignmentRow> assignments(long caseId) {
        return jdbc.sql(ASSIGNMENT + " where a.case_id = ? order by a.id").param(caseId).query(CaseStore::assignmentRow).list();
    }

    public void setAssignmentStatus(long assignmentId, AssignmentStatus status, String timestampColumn, Instant at) {
        String extra = timestampColumn == null ? "" : ", " + timestampColumn + " = :at";
        jdbc.sql("update handling_assignment set status = :status, version = version + 1" + extra + " where id = :id")
                .param("status", status.name()).param("id", assignmentId)
                .param("at", at == null ? null : Timestamp.from(at)).update();
    }

    public void setCase(long caseId, String assignments, Object... params) {
        var spec = jdbc.sql("update handling_case set " + assignments + ", version = version + 1 where id = ?");
        Object[] all = java.util.Arrays.copyOf(params, params.length + 1);
        all[params.length] = caseId;
        spec.params(all).update();
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
