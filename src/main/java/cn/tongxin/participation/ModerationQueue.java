package cn.tongxin.participation;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
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
 * 先审后发: public writes held for the committee's office, and the comments of public conversations, which can also be
 * hidden after publication and whose every decision can be undone ({@link ModerationWorkflow}). Each decision is
 * audited and published as {@link ModerationChanged} (and a first decision on a held write as {@link ModerationDecided});
 * the subject's owner reacts to it.
 */
@Service
@Transactional
public class ModerationQueue {

    private static final String ROW = """
            select id, subject_type, subject_id, excerpt, flagged_words, status, submitted_at, decided_by, reason, revisable
              from moderation_item""";

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
        if (screening.held()) {
            insert(committeeId, subject, text, screening, false);
        }
    }

    /**
     * Registers a comment of a public conversation, held or published at once: it has a row either way, so that it can
     * be hidden later and every decision undone. In the storing transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void register(long committeeId, SubjectRef subject, String text, Screening screening) {
        insert(committeeId, subject, text, screening, true);
    }

    private void insert(long committeeId, SubjectRef subject, String text, Screening screening, boolean revisable) {
        String excerpt = text == null ? "" : text.strip();
        excerpt = excerpt.length() > 280 ? excerpt.substring(0, 280) + "…" : excerpt;
        String flagged = screening.flaggedWords().isEmpty() ? null : String.join("、", screening.flaggedWords());
        if (flagged != null && flagged.length() > 500) {
            flagged = flagged.substring(0, 499) + "…";
        }
        ModerationStatus status = screening.held() ? ModerationStatus.PENDING : ModerationStatus.APPROVED;
        jdbc.sql("""
                insert into moderation_item (committee_id, subject_type, subject_id, excerpt, flagged_words, status, revisable, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(committeeId, subject.type().name(), subject.id(), excerpt, flagged, status.name(), revisable,
                        screening.held() ? null : java.sql.Timestamp.from(Instant.now()))
                .update();
    }

    /** Where a subject stands; empty when it was never held. */
    @Transactional(readOnly = true)
    public Optional<ModerationStatus> status(SubjectRef subject) {
        return jdbc.sql("select status from moderation_item where subject_type = ? and subject_id = ?")
                .params(subject.type().name(), subject.id()).query(String.class).optional().map(ModerationStatus::valueOf);
    }

    /** The queue's row of a subject in the current user's committee (moderators only). */
    @Transactional(readOnly = true)
    public Optional<Item> find(SubjectRef subject) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        return jdbc.sql(ROW + " where committee_id = ? and subject_type = ? and subject_id = ?")
                .params(office.committeeId(), subject.type().name(), subject.id()).query(ModerationQueue::item).optional();
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
        var items = jdbc.sql(ROW + " where committee_id = :committee and status = :status order by submitted_at, id limit :limit offset :offset")
                .params(params).query(ModerationQueue::item).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** How many items stand in each status (the queue's tabs). */
    @Transactional(readOnly = true)
    public Map<ModerationStatus, Long> counts() {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        Map<ModerationStatus, Long> counts = new EnumMap<>(ModerationStatus.class);
        for (ModerationStatus s : ModerationStatus.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("select status, count(*) as n from moderation_item where committee_id = ? group by status").param(office.committeeId())
                .query((rs, n) -> counts.put(ModerationStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
        return counts;
    }

    public void approve(long id) {
        decide(id, ModerationAction.APPROVE, null);
    }

    public void reject(long id, String reason) {
        decide(id, ModerationAction.REJECT, checkedReason(reason, "请填写不予通过的理由"));
    }

    /** Hides a published comment with a reason; its page keeps a placeholder and its replies. */
    public void hide(long id, String reason) {
        decide(id, ModerationAction.HIDE, checkedReason(reason, "请填写隐藏的理由"));
    }

    /** Takes the last decision back: an approval or refusal returns to the queue, a hidden comment is shown again. */
    public void undo(long id) {
        decide(id, ModerationAction.UNDO, null);
    }

    /**
     * Hides a published comment reported as often as its conversation allows, pending a moderator's look (who may undo
     * it). Taken by the system, on a citizen's or member's report: no moderator's role is asked for.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean hideOnReports(long committeeId, SubjectRef subject, int reports) {
        var row = lock(jdbc.sql(ROW + " where committee_id = ? and subject_type = ? and subject_id = ? for update")
                .params(committeeId, subject.type().name(), subject.id()));
        if (row.isEmpty() || !row.get().revisable() || row.get().status() != ModerationStatus.APPROVED) {
            return false;
        }
        apply(committeeId, row.get(), ModerationAction.HIDE_ON_REPORTS, EnumSet.of(ModerationWorkflow.Party.SYSTEM),
                "被举报" + reports + "次，已自动隐藏，待审核人员复核", "系统");
        return true;
    }

    /**
     * Locks a subject's row in the queue, the first row any change of a revisable subject locks (ADR 018: the queue's
     * row, then the subject's rows): a moderator's decision and a report's automatic hiding then take turns. Whether
     * the subject has a row.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lockSubject(long committeeId, SubjectRef subject) {
        return lock(jdbc.sql(ROW + " where committee_id = ? and subject_type = ? and subject_id = ? for update")
                .params(committeeId, subject.type().name(), subject.id())).isPresent();
    }

    /**
     * Its author edited a revisable subject: the queue shows the new text; held by its screening (pre-moderation or
     * sensitive words), a published one goes back to the queue ({@link ModerationAction#RESUBMIT}, audited, published as
     * {@link ModerationChanged}). Whether it waits for a moderator now.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean revised(long committeeId, SubjectRef subject, String text, Screening screening, String by) {
        Item item = lock(jdbc.sql(ROW + " where committee_id = ? and subject_type = ? and subject_id = ? for update")
                .params(committeeId, subject.type().name(), subject.id())).orElseThrow(() -> BusinessException.notFound("待审核内容"));
        if (!item.revisable()) {
            throw BusinessException.conflict("该内容已进入办理，不能修改");
        }
        String excerpt = text == null ? "" : text.strip();
        excerpt = excerpt.length() > 280 ? excerpt.substring(0, 280) + "…" : excerpt;
        String flagged = screening.flaggedWords().isEmpty() ? null : String.join("、", screening.flaggedWords());
        if (flagged != null && flagged.length() > 500) {
            flagged = flagged.substring(0, 499) + "…";
        }
        jdbc.sql("update moderation_item set excerpt = ?, flagged_words = ? where id = ?")
                .params(excerpt, flagged, item.id()).update();
        if (!screening.held() || item.status() != ModerationStatus.APPROVED) {
            return item.status() == ModerationStatus.PENDING;
        }
        ModerationStatus to = ModerationWorkflow.TABLE.require(item.status(), ModerationAction.RESUBMIT,
                EnumSet.of(ModerationWorkflow.Party.AUTHOR)).to();
        jdbc.sql("update moderation_item set status = ?, submitted_at = now(), decided_at = null, decided_by = null, reason = null where id = ?")
                .params(to.name(), item.id()).update();
        audit.record(committeeId, ModerationAction.RESUBMIT.label(), "moderation_item", item.id(), subject.type().label() + " "
                + subject.id() + "：" + item.status().label() + " → " + to.label() + "（" + by + "修改）");
        events.publishEvent(new ModerationChanged(committeeId, subject, item.status(), to, ModerationAction.RESUBMIT, null));
        return true;
    }

    private void decide(long id, ModerationAction action, String reason) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        Item item = lock(jdbc.sql(ROW + " where id = ? and committee_id = ? for update").params(id, office.committeeId()))
                .orElseThrow(() -> BusinessException.notFound("待审核内容"));
        if ((action == ModerationAction.APPROVE || action == ModerationAction.REJECT) && item.status() != ModerationStatus.PENDING) {
            throw BusinessException.conflict("该内容已审核（" + item.status().label() + "），不能重复审核");
        }
        if ((action == ModerationAction.HIDE || action == ModerationAction.UNDO) && !item.revisable()) {
            throw BusinessException.conflict("该内容已进入办理，不能" + action.label());
        }
        if (action == ModerationAction.UNDO && item.status() == ModerationStatus.APPROVED && item.decidedBy() == null) {
            throw BusinessException.conflict("该留言未经审核直接公开，没有可撤销的审核决定；如需处理请隐藏");
        }
        apply(office.committeeId(), item, action, EnumSet.of(ModerationWorkflow.Party.MODERATOR), reason, office.username());
    }

    private void apply(long committeeId, Item item, ModerationAction action, java.util.Set<ModerationWorkflow.Party> as,
                       String reason, String by) {
        ModerationStatus to = ModerationWorkflow.TABLE.require(item.status(), action, as).to();
        boolean back = action == ModerationAction.UNDO;
        jdbc.sql("update moderation_item set status = ?, decided_at = case when ? then null else now() end, decided_by = ?, reason = ? where id = ?")
                // an undo leaves no decision standing: back in the queue, or shown again as before the hiding
                .params(to.name(), back && to == ModerationStatus.PENDING, back ? null : by, back ? null : reason, item.id()).update();
        SubjectRef subject = SubjectRef.of(item.subjectType(), item.subjectId());
        audit.record(committeeId, action.label(), "moderation_item", item.id(), subject.type().label() + " " + subject.id() + "："
                + item.status().label() + " → " + to.label() + (reason == null ? "" : "（" + reason + "）"));
        if (action == ModerationAction.APPROVE || action == ModerationAction.REJECT) {
            events.publishEvent(new ModerationDecided(committeeId, subject, action == ModerationAction.APPROVE, reason));
        }
        events.publishEvent(new ModerationChanged(committeeId, subject, item.status(), to, action, reason));
    }

    private static String checkedReason(String reason, String missing) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid(missing);
        }
        if (reason.strip().length() > 200) {
            throw BusinessException.invalid("理由不能超过200字");
        }
        return reason.strip();
    }

    private static Optional<Item> lock(JdbcClient.StatementSpec statement) {
        return statement.query(ModerationQueue::item).optional();
    }

    private static Item item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Item(rs.getLong("id"), SubjectType.valueOf(rs.getString("subject_type")), rs.getLong("subject_id"),
                rs.getString("excerpt"), rs.getString("flagged_words"), ModerationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("submitted_at").toInstant(), rs.getString("decided_by"), rs.getString("reason"),
                rs.getBoolean("revisable"));
    }

    public record Item(long id, SubjectType subjectType, long subjectId, String excerpt, String flaggedWords,
                       ModerationStatus status, Instant submittedAt, String decidedBy, String reason, boolean revisable) {

        /** What a moderator may do with it now, in the table's order. */
        public java.util.List<ModerationAction> actions() {
            return ModerationWorkflow.TABLE.actions(status, EnumSet.of(ModerationWorkflow.Party.MODERATOR)).stream()
                    .filter(a -> revisable || a == ModerationAction.APPROVE || a == ModerationAction.REJECT)
                    .filter(a -> !(a == ModerationAction.UNDO && status == ModerationStatus.APPROVED && decidedBy == null))
                    .toList();
        }

        public boolean canHide() {
            return actions().contains(ModerationAction.HIDE);
        }

        public boolean canUndo() {
            return actions().contains(ModerationAction.UNDO);
        }
    }
}
