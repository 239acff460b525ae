package cn.tongxin.participation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * 先审后发: public writes held for the committee's office. A decision is audited and published as
 * {@link ModerationDecided}; the subject's owner reacts to it.
 */
@Service
@Transactional
public class ModerationQueue {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ModerationQueue(JdbcClient jdbc, CurrentUsers currentUsers, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.events = events;
    }

    /** Puts a stored public write in the queue when its screening held it; in the storing transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(long committeeId, SubjectRef subject, String text, Screening screening) {
        if (!screening.held()) {
            return;
        }
        String excerpt = text == null ? "" : text.strip();
        excerpt = excerpt.length() > 280 ? excerpt.substring(0, 280) + "…" : excerpt;
        String flagged = screening.flaggedWords().isEmpty() ? null : String.join("、", screening.flaggedWords());
        if (flagged != null && flagged.length() > 500) {
            flagged = flagged.substring(0, 499) + "…";
        }
        jdbc.sql("""
                insert into moderation_item (committee_id, subject_type, subject_id, excerpt, flagged_words, status)
                values (?, ?, ?, ?, ?, ?)""")
                .params(committeeId, subject.type().name(), subject.id(), excerpt, flagged, ModerationStatus.PENDING.name())
                .update();
    }

    /** Where a subject stands; empty when it was never held. */
    @Transactional(readOnly = true)
    public Optional<ModerationStatus> status(SubjectRef subject) {
        return jdbc.sql("select status from moderation_item where subject_type = ? and subject_id = ?")
                .params(subject.type().name(), subject.id()).query(String.class).optional().map(ModerationStatus::valueOf);
    }

    @Transactional(readOnly = true)
    public PageResult<Item> list(ModerationStatus status, PageQuery page) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        ModerationStatus wanted = status == null ? ModerationStatus.PENDING : status;
        Map<String, Object> params = new HashMap<>(Map.of("committee", office.committeeId(), "status", wanted.name()));
        long total = jdbc.sql("select count(*) from moderation_item where committee_id = :committee and status = :status")
                .params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var items = jdbc.sql("""
                select * from moderation_item where committee_id = :committee and status = :status
                 order by submitted_at, id limit :limit offset :offset""").params(params)
                .query((rs, n) -> new Item(rs.getLong("id"), SubjectType.valueOf(rs.getString("subject_type")),
                        rs.getLong("subject_id"), rs.getString("excerpt"), rs.getString("flagged_words"),
                        ModerationStatus.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant(),
                        rs.getString("decided_by"), rs.getString("reason"))).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public void approve(long id) {
        decide(id, true, null);
    }

    public void reject(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("请填写不予通过的理由");
        }
        if (reason.length() > 200) {
            throw BusinessException.invalid("理由不能超过200字");
        }
        decide(id, false, reason.strip());
    }

    private void decide(long id, boolean approved, String reason) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        var row = jdbc.sql("select subject_type, subject_id, status from moderation_item where id = ? and committee_id = ? for update")
                .params(id, office.committeeId())
                .query((rs, n) -> new Object[] {SubjectType.valueOf(rs.getString("subject_type")), rs.getLong("subject_id"),
                        ModerationStatus.valueOf(rs.getString("status"))})
                .optional().orElseThrow(() -> BusinessException.notFound("待审核内容"));
        if (row[2] != ModerationStatus.PENDING) {
            throw BusinessException.conflict("该内容已审核（" + ((ModerationStatus) row[2]).label() + "），不能重复审核");
        }
        ModerationStatus status = approved ? ModerationStatus.APPROVED : ModerationStatus.REJECTED;
        jdbc.sql("update moderation_item set status = ?, decided_at = now(), decided_by = ?, reason = ? where id = ?")
                .params(status.name(), office.username(), reason, id).update();
        SubjectRef subject = SubjectRef.of((SubjectType) row[0], (Long) row[1]);
        audit.record(office.committeeId(), approved ? "审核通过" : "审核不通过", "moderation_item", id,
                subject.type().label() + " " + subject.id() + (reason == null ? "" : "：" + reason));
        events.publishEvent(new ModerationDecided(office.committeeId(), subject, approved, reason));
    }

    public record Item(long id, SubjectType subjectType, long subjectId, String excerpt, String flaggedWords,
                       ModerationStatus status, Instant submittedAt, String decidedBy, String reason) {
    }
}
