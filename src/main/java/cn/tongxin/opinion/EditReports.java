package cn.tongxin.opinion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.opinion.internal.OpinionItems;
import cn.tongxin.opinion.internal.OpinionReports;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/** 编辑: staff edit accepted reports into items, combining several if needed, and revise an item until it is issued. */
@Service
@Transactional
public class EditReports {

    private final OpinionReports reports;
    private final OpinionItems items;
    private final CurrentUsers currentUsers;
    private final Timeline timeline;
    private final Clock clock;

    EditReports(OpinionReports reports, OpinionItems items, CurrentUsers currentUsers, Timeline timeline, Clock clock) {
        this.reports = reports;
        this.items = items;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * One accepted report, or several combined into one item (all authors keep credit). The original texts are
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
        List<OpinionReport> edited = new ArrayList<>();
        StringBuilder original = new StringBuilder();
        for (long id : ids) {
            OpinionReport r = reports.findByIdAndCommitteeId(id, staff.committeeId())
                    .orElseThrow(() -> BusinessException.notFound("社情民意信息"));
            OpinionWorkflow.TABLE.require(r.status(), OpinionWorkflow.Action.EDIT, OpinionWorkflow.parties(staff, r.submitterAccountId()));
            edited.add(r);
            original.append(ids.size() > 1 ? "【" + r.title() + "】\n" : "").append(r.body()).append(ids.size() > 1 ? "\n" : "");
        }
        OpinionItem item = items.save(OpinionItem.edit(staff.committeeId(), title.strip(), original.toString().strip(),
                editedText.strip(), staff.username(), clock));
        for (OpinionReport r : edited) {
            var step = r.edit(OpinionWorkflow.parties(staff, r.submitterAccountId()), item.id());
            reports.save(r);
            timeline.record(staff.committeeId(), SubmitReports.SUBJECT, r.id(), edited.size() > 1 ? "合并编辑" : "编辑",
                    step.from().label(), step.to().label(), "编辑稿《" + title.strip() + "》");
        }
        return item.id();
    }

    /** Revises an item's edited text (before it is issued); concurrent edits are detected. */
    public void revise(long itemId, String title, String editedText, int version) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (Text.isBlank(title) || Text.isBlank(editedText)) {
            throw BusinessException.invalid("请填写编辑后的标题和正文");
        }
        OpinionItem item = items.findByIdAndCommitteeId(itemId, staff.committeeId())
                .orElseThrow(() -> BusinessException.notFound("编辑稿"));
        item.revise(OpinionWorkflow.office(staff), title.strip(), editedText.strip(), staff.username(), version, clock);
        items.save(item);
    }
}
