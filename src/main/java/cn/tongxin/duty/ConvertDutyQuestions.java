package cn.tongxin.duty;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.participation.CitizenConversions;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectType;

/**
 * The member on duty (or the office, for them) converts a citizen's question into the member's micro-suggestion,
 * 社情民意信息 or proposal clue, as a studio converts a citizen's opinion (ADR 017, 022): through the owning module's
 * use case ({@link CitizenConversions}), linked both ways — the question names what it became, that record's history
 * names the question. The citizen reads the reply by tracking code (and, when public, on the portal). The record is
 * the member on duty's: the office enters it on their behalf. Only a question open or answered can be converted, once.
 */
@Service
@Transactional
public class ConvertDutyQuestions {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final CitizenConversions conversions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    ConvertDutyQuestions(JdbcClient jdbc, CurrentUsers currentUsers, CitizenConversions conversions, AuditLog audit,
                         ApplicationEventPublisher events, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.conversions = conversions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** {@code reply}: what the citizen reads; {@code visibleToPublic} false: on record only (default: shown on the portal). */
    public record Convert(String title, String category, String reply, Boolean visibleToPublic) {
    }

    public long toSuggestion(long id, Convert c) {
        return convert(id, c, SubjectType.MICRO_SUGGESTION, "转为微建议", null,
                (source, onBehalf) -> conversions.toSuggestion(source, onBehalf, c.title()));
    }

    public long toReport(long id, Convert c) {
        return convert(id, c, SubjectType.OPINION_REPORT, "转为社情民意信息", "请选择社情民意信息的分类",
                (source, onBehalf) -> conversions.toReport(source, onBehalf, c.title(), c.category()));
    }

    public long toClue(long id, Convert c) {
        return convert(id, c, SubjectType.PROPOSAL, "转为提案线索", "请选择提案分类",
                (source, onBehalf) -> conversions.toClue(source, onBehalf, c.title(), c.category()));
    }

    private interface Creation {
        long create(CitizenConversions.Source source, Long onBehalfOf);
    }

    private long convert(long id, Convert c, SubjectType type, String step, String categoryMissing, Creation creation) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.MEMBER);
        Question q = locked(user, id);
        boolean office = user.isOffice();
        if (!office && !q.memberId().equals(user.memberId())) {
            throw BusinessException.notFound("留言"); // another member's shift is not theirs to see
        }
        switch (q.status()) {
            case "OPEN", "ANSWERED" -> { }
            case "HELD" -> throw BusinessException.conflict("该留言尚待审核，审核通过后才能" + step);
            case "CONVERTED" -> throw BusinessException.conflict("该留言" + DutyQuestions.label(q.status(), q.convertedTo()) + "，不能再" + step);
            default -> throw BusinessException.conflict("该留言未予受理，不能" + step);
        }
        String note = CitizenConversions.checkedReply(c.reply());
        if (categoryMissing != null) {
            CitizenConversions.requireCategory(c.category(), categoryMissing);
        }
        var source = new CitizenConversions.Source(user.committeeId(), "委员值班群众留言", "委员值班群众留言第" + id + "号",
                "【委员值班群众留言第" + id + "号】", q.text(), null);
        long created = creation.create(source, office ? q.memberId() : null);
        var now = clock.instant();
        jdbc.sql("""
                update duty_question set status = 'CONVERTED', answer = ?, answer_public = ?, answered_by = ?, answered_at = ?,
                       converted_type = ?, converted_id = ? where id = ?""")
                .params(note, c.visibleToPublic() == null || c.visibleToPublic(), user.displayName(), DutyRota.at(now), type.name(),
                        created, id).update();
        audit.record(user.committeeId(), "值班留言" + step, "duty_question", id, type.label() + " " + created);
        events.publishEvent(new DutyEvents.Converted(user.committeeId(), id, q.memberId(), now.atZone(clock.getZone()).toLocalDate(),
                DutyEvents.excerpt(q.text()), type, created));
        return created;
    }

    private record Question(String status, Long memberId, String text, SubjectType convertedTo) {
    }

    /** The question locked: concurrent conversions wait here, and the second finds it converted (409). */
    private Question locked(CurrentUser user, long id) {
        return jdbc.sql("""
                select q.status, s.member_id, q.text, q.converted_type from duty_question q join duty_shift s on s.id = q.shift_id
                 where q.id = ? and q.committee_id = ? for update of q""")
                .params(id, user.committeeId())
                .query((rs, n) -> new Question(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4) == null ? null : SubjectType.valueOf(rs.getString(4))))
                .optional().orElseThrow(() -> BusinessException.notFound("留言"));
    }
}
