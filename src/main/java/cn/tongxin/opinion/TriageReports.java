package cn.tongxin.opinion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.member.Members;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.opinion.internal.ReportStore;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/** Staff triage reports (采编 / 存档 / 退回 / 转提案线索) and edit accepted ones into items, combining several if needed. */
@Service
@Transactional
public class TriageReports {

    private final JdbcClient jdbc;
    private final ReportStore store;
    private final CurrentUsers currentUsers;
    private final Members members;
    private final Timeline timeline;
    private final Notifications notifications;
    private final Clock clock;

    TriageReports(JdbcClient jdbc, ReportStore store, CurrentUsers currentUsers, Members members, Timeline timeline,
                  Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.currentUsers = currentUsers;
        this.members = members;
        this.timeline = timeline;
        this.notifications = notifications;
        this.clock = clock;
    }

    public void accept(long id, String note) {
        step(id, OpinionWorkflow.Action.ACCEPT, note, false);
    }

    public void archive(long id, String note) {
        step(id, OpinionWorkflow.Action.ARCHIVE, note, false);
    }

    public void returnToAuthor(long id, String reason) {
        if (Text.isBlank(reason)) {
            throw BusinessException.invalid("请填写退回理由");
        }
        step(id, OpinionWorkflow.Action.RETURN, reason, true);
    }

    /** 转提案线索: the matter suits a proposal better; a member is given it as an idea. */
    public void passAsProposalClue(long id, Long memberId, String note) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (memberId == null || members.find(memberId).isEmpty()) {
            throw BusinessException.invalid("请选择接收提案线索的委员");
        }
        ReportStore.Locked r = store.lock(staff.committeeId(), id);
        var step = OpinionWorkflow.require(r.status(), OpinionWorkflow.Action.CLUE);
        store.setStatus(id, step.to(), "clue_member_id = ?, triage_note = ?, triaged_at = ?", memberId, Text.trimToNull(note),
                Timestamp.from(Instant.now(clock)));
        timeline.record(staff.committeeId(), SubmitReports.SUBJECT, id, "转提案线索", r.status().label(), step.to().label(),
                members.find(memberId).get().name() + (Text.isBlank(note) ? "" : "：" + note.strip()));
        notifications.notify(staff.committeeId(), Recipient.member(memberId), "提案线索：" + r.title(),
                "社情民意信息转来的提案线索，可参考撰写提案", "/opinions/" + id);
    }

    private void step(long id, OpinionWorkflow.Action action, String note, boolean tellAuthor) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        ReportStore.Locked r = store.lock(staff.committeeId(), id);
        var step = OpinionWorkflow.require(r.status(), action);
        store.setStatus(id, step.to(), "triage_note = ?, triaged_at = ?", Text.trimToNull(note), Timestamp.from(Instant.now(clock)));
        timeline.record(staff.committeeId(), SubmitReports.SUBJECT, id, action.label(), r.status().label(), step.to().label(),
                Text.trimToNull(note));
        if (tellAuthor) {
            notifications.notify(staff.committeeId(), new Recipient(Recipient.Kind.USER, r.submitterAccountId()),
                    "社情民意信息被退回：" + r.title(), note, "/opinions/" + id);
        }
    }

    /**
     * 编辑: one accepted report, or several combined into one item (all authors keep credit). The original texts are
     * kept; the edited text is what bulletins carry.
     */
    public long edit(List<Long> reportIds, String title, String editedText) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (reportIds == null || reportIds.isEmpty()) {
            throw BusinessException.invalid("请选择要编辑的信息");
        }
        if (Text.isBlank(title) || Text.isBlank(editedText)) {
            throw BusinessException.invalid("请填写编辑后的标题和正文");
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(reportIds));
        ids.sort(Long::compare);
        List<ReportStore.Locked> reports = new ArrayList<>();
        StringBuilder original = new StringBuilder();
        for (long id : ids) {
            ReportStore.Locked r = store.lock(staff.committeeId(), id);
            OpinionWorkflow.require(r.status(), OpinionWorkflow.Action.EDIT);
            reports.add(r);
            String body = jdbc.sql("select body from opinion_report where id = ?").param(id).query(String.class).single();
            original.append(ids.size() > 1 ? "【" + r.title() + "】\n" : "").append(body).append(ids.size() > 1 ? "\n" : "");
        }
        long item = jdbc.sql("""
                insert into opinion_item (committee_id, title, original_text, edited_text, edited_by, edited_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(staff.committeeId(), title.strip(), original.toString().strip(), editedText.strip(), staff.username(),
                        Timestamp.from(Instant.now(clock)))
                .query(Long.class).single();
        for (ReportStore.Locked r : reports) {
            store.setStatus(r.id(), OpinionStatus.EDITED, "item_id = ?", item);
            timeline.record(staff.committeeId(), SubmitReports.SUBJECT, r.id(), reports.size() > 1 ? "合并编辑" : "编辑",
                    r.status().label(), OpinionStatus.EDITED.label(), "编辑稿《" + title.strip() + "》");
        }
        return item;
    }

    /** Revises an item's edited text (before it is issued); concurrent edits are detected. */
    public void revise(long itemId, String title, String editedText, int version) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (Text.isBlank(title) || Text.isBlank(editedText)) {
            throw BusinessException.invalid("请填写编辑后的标题和正文");
        }
        int updated = jdbc.sql("""
                update opinion_item set title = ?, edited_text = ?, edited_by = ?, edited_at = ?, version = version + 1
                 where id = ? and committee_id = ? and version = ? and not issued""")
                .params(title.strip(), editedText.strip(), staff.username(), Timestamp.from(Instant.now(clock)), itemId,
                        staff.committeeId(), version).update();
        if (updated == 0) {
            Boolean issued = jdbc.sql("select issued from opinion_item where id = ? and committee_id = ?")
                    .params(itemId, staff.committeeId()).query(Boolean.class).optional()
                    .orElseThrow(() -> BusinessException.notFound("编辑稿"));
            throw BusinessException.conflict(issued ? "已编发的信息不能再修改" : "该编辑稿已被他人修改，请刷新后重试");
        }
    }
}
