package cn.tongxin.handling.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.handling.Satisfaction;
import cn.tongxin.handling.UnitWork;

/**
 * The records hanging off a case and its assignments — requests, contacts, co-handling opinions, replies, urgings and
 * ratings. They are written once (a request is decided, a reply returned) and carry no lifecycle of their own.
 */
@Component
public class CaseRecords {

    private final JdbcClient jdbc;

    CaseRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void requirePendingNone(long assignmentId, String kind, String message) {
        if (jdbc.sql("select count(*) from handling_request where assignment_id = ? and kind = ? and status = 'PENDING'")
                .params(assignmentId, kind).query(Long.class).single() > 0) {
            throw cn.tongxin.shared.BusinessException.conflict(message);
        }
    }

    public void add(long assignmentId, String kind, String reason, LocalDate due, String by, Instant at) {
        jdbc.sql("""
                insert into handling_request (assignment_id, kind, reason, requested_due, requested_by, requested_at)
                values (?, ?, ?, ?, ?, ?)""").params(assignmentId, kind, reason, due, by, Timestamp.from(at)).update();
    }

    /** A request with a row lock, within the committee. */
    public Optional<Request> lockRequest(long committeeId, long requestId) {
        return jdbc.sql("""
                select q.id, q.assignment_id, q.kind, q.status, q.requested_due from handling_request q
                  join handling_assignment a on a.id = q.assignment_id where q.id = ? and a.committee_id = ? for update of q""")
                .params(requestId, committeeId)
                .query((rs, n) -> new Request(rs.getLong("id"), rs.getLong("assignment_id"), rs.getString("kind"),
                        rs.getString("status"), rs.getObject("requested_due", LocalDate.class)))
                .optional();
    }

    public void decide(long requestId, String status, String by, Instant at, String note) {
        jdbc.sql("update handling_request set status = ?, decided_by = ?, decided_at = ?, decision_note = ? where id = ?")
                .params(status, by, Timestamp.from(at), note, requestId).update();
    }

    public void addContact(long assignmentId, String method, LocalDate on, String with, String note, String by) {
        jdbc.sql("""
                insert into handling_contact (assignment_id, method, contacted_on, contact_with, note, recorded_by)
                values (?, ?, ?, ?, ?, ?)""").params(assignmentId, method, on, with, note, by).update();
    }

    public void addOpinion(long assignmentId, String text, String by, Instant at) {
        jdbc.sql("insert into handling_opinion (assignment_id, text, submitted_by, submitted_at) values (?, ?, ?, ?)")
                .params(assignmentId, text, by, Timestamp.from(at)).update();
    }

    public void addUrge(long assignmentId, String note, String by, Instant at) {
        jdbc.sql("insert into handling_urge (assignment_id, note, urged_by, urged_at) values (?, ?, ?, ?)")
                .params(assignmentId, note, by, Timestamp.from(at)).update();
    }

    public long addReply(long caseId, long assignmentId, int round, UnitWork.ReplyForm form, Long attachmentId, String by,
                         Instant at) {
        return jdbc.sql("""
                insert into handling_reply (case_id, assignment_id, round, text, category, signer, contact_person, contact_phone,
                       attachment_id, submitted_by, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, assignmentId, round, form.text().strip(), form.category(), form.signer().strip(),
                        form.contactPerson().strip(), form.contactPhone().strip(), attachmentId, by, Timestamp.from(at))
                .query(Long.class).single();
    }

    public Optional<Reply> reply(long committeeId, long replyId) {
        return jdbc.sql("""
                select r.id, r.case_id, r.assignment_id, r.round, r.status from handling_reply r
                  join handling_case c on c.id = r.case_id where r.id = ? and c.committee_id = ?""")
                .params(replyId, committeeId)
                .query((rs, n) -> new Reply(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("assignment_id"), rs.getInt("round"),
                        "SUBMITTED".equals(rs.getString("status"))))
                .optional();
    }

    public void returnReply(long replyId, String reason) {
        jdbc.sql("update handling_reply set status = 'RETURNED', return_reason = ? where id = ?").params(reason, replyId).update();
    }

    public long ratings(long caseId, int round) {
        return jdbc.sql("select count(*) from handling_rating where case_id = ? and round = ?").params(caseId, round)
                .query(Long.class).single();
    }

    public boolean rated(long caseId, int round, long memberId) {
        return jdbc.sql("select count(*) from handling_rating where case_id = ? and round = ? and member_id = ?")
                .params(caseId, round, memberId).query(Long.class).single() > 0;
    }

    public boolean dissatisfied(long caseId, int round) {
        return jdbc.sql("select count(*) from handling_rating where case_id = ? and round = ? and result = 'DISSATISFIED'")
                .params(caseId, round).query(Long.class).single() > 0;
    }

    public void addRating(long caseId, int round, long memberId, Satisfaction attitude, Satisfaction result, String comment,
                          boolean onPaper, String by, Instant at) {
        jdbc.sql("""
                insert into handling_rating (case_id, round, member_id, attitude, result, comment, on_paper, entered_by, rated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, round, memberId, attitude.name(), result.name(), comment, onPaper, by, Timestamp.from(at))
                .update();
    }

    public long raterCount(long caseId) {
        return jdbc.sql("select count(*) from handling_rater where case_id = ?").param(caseId).query(Long.class).single();
    }

    public record Request(long id, long assignmentId, String kind, String status, LocalDate requestedDue) {
    }

    public record Reply(long id, long caseId, long assignmentId, int round, boolean submitted) {
    }
}
