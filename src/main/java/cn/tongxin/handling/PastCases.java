package cn.tongxin.handling;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.shared.ImportStamp;
import cn.tongxin.shared.SubjectRef;

/**
 * Writes a past handling (历史数据导入) as the engine would have left it: a closed case, its assignments replied, the
 * replies and the ratings of round one, all on their real days and flagged imported (read-only from then on). Runs in
 * the importing transaction, whose caller has checked the permission and the rows.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PastCases {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String NOTE = "（历史导入）";

    private final JdbcClient jdbc;
    private final HandlingProfiles profiles;

    PastCases(JdbcClient jdbc, HandlingProfiles profiles) {
        this.jdbc = jdbc;
        this.profiles = profiles;
    }

    public long record(long committeeId, SubjectRef subject, String title, String link, PastCase past, ImportStamp stamp) {
        HandlingProfile profile = profiles.profile(committeeId, subject.type());
        var deadlines = profiles.deadlines(committeeId, profile, past.mode(), past.assignedOn());
        LocalDate closedOn = Stream.concat(Stream.of(past.repliedOn()), past.ratings().stream().map(PastCase.Rating::ratedOn))
                .max(Comparator.naturalOrder()).orElseThrow();
        Timestamp assigned = at(past.assignedOn());
        Timestamp replied = at(past.repliedOn());
        long caseId = jdbc.sql("""
                insert into handling_case (committee_id, subject_type, subject_id, subject_title, subject_link, mode, status, round,
                       assigned_at, due_date, max_due_date, co_opinion_due, objection_until, rating_window_days, rehandle_months,
                       replied_at, first_replied_at, replied_on_time, rating_due, closed_at, imported, imported_by, imported_at)
                values (:c, :type, :id, :title, :link, :mode, :status, 1, :assigned, :due, :maxDue, :coDue, :objection, :window,
                        :rehandle, :replied, :replied, :onTime, :ratingDue, :closed, true, :by, :at)
                returning id""")
                .param("c", committeeId).param("type", subject.type().name()).param("id", subject.id()).param("title", title)
                .param("link", link).param("mode", past.mode().name()).param("status", CaseStatus.CLOSED.name())
                .param("assigned", assigned).param("due", deadlines.due()).param("maxDue", deadlines.maxDue())
                .param("coDue", deadlines.coOpinionDue()).param("objection", deadlines.objectionUntil())
                .param("window", profile.ratingWindowDays()).param("rehandle", profile.rehandleMonths())
                .param("replied", replied).param("onTime", !past.repliedOn().isAfter(deadlines.due()))
                .param("ratingDue", past.repliedOn().plusDays(profile.ratingWindowDays())).param("closed", at(closedOn))
                .param("by", stamp.by()).param("at", Timestamp.from(stamp.at()))
                .query(Long.class).single();
        for (PastCase.Unit unit : past.units()) {
            boolean responsible = unit.role() != UnitRole.CO;
            long assignment = jdbc.sql("""
                    insert into handling_assignment (case_id, committee_id, unit_id, role, status, assigned_at, acknowledged_at,
                           due_date, replied_at, imported)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, true) returning id""")
                    .params(caseId, committeeId, unit.unitId(), unit.role().name(),
                            (responsible ? AssignmentStatus.REPLIED : AssignmentStatus.OPINION_SENT).name(), assigned, assigned,
                            responsible ? deadlines.due() : deadlines.coOpinionDue(), responsible ? replied : null)
                    .query(Long.class).single();
            if (responsible) {
                jdbc.sql("""
                        insert into handling_reply (case_id, assignment_id, round, text, category, signer, contact_person,
                               contact_phone, submitted_by, submitted_at)
                        values (?, ?, 1, ?, ?, ?, ?, '-', ?, ?)""")
                        .params(caseId, assignment, NOTE, unit.replyCategory(), NOTE, NOTE, stamp.by(), replied).update();
            }
        }
        past.raters().forEach(m -> jdbc.sql("insert into handling_rater (case_id, member_id) values (?, ?)").params(caseId, m).update());
        for (PastCase.Rating r : past.ratings()) {
            jdbc.sql("""
                    insert into handling_rating (case_id, round, member_id, attitude, result, comment, on_paper, entered_by, rated_at)
                    values (?, 1, ?, ?, ?, ?, true, ?, ?)""")
                    .params(caseId, r.memberId(), r.attitude().name(), r.result().name(), NOTE, stamp.by(), at(r.ratedOn())).update();
        }
        return caseId;
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZONE).toInstant());
    }
}
