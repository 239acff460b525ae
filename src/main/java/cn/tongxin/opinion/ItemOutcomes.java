package cn.tongxin.opinion;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.opinion.ItemWorkflow.Action;
import cn.tongxin.opinion.internal.ItemForwards;
import cn.tongxin.opinion.internal.OpinionItems;
import cn.tongxin.opinion.internal.OpinionReports;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.Outcomes;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;

/** After an item is issued: 报送 to levels, and its outcomes (采用, 批示), which reach every author. */
@Service
@Transactional
public class ItemOutcomes {

    private final OpinionItems items;
    private final ItemForwards forwards;
    private final Outcomes outcomes;
    private final ItemTrail trail;
    private final CurrentUsers currentUsers;
    private final OpinionReports reports;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ItemOutcomes(OpinionItems items, ItemForwards forwards, Outcomes outcomes, ItemTrail trail, CurrentUsers currentUsers,
                 OpinionReports reports, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.events = events;
        this.items = items;
        this.forwards = forwards;
        this.outcomes = outcomes;
        this.trail = trail;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** 报送: the item forwarded to a level (once per level). */
    public void forward(long itemId, AdoptionLevel level, LocalDate on, String note) {
        CurrentUser staff = issued(itemId, Action.FORWARD, "编发后才能报送");
        if (level == null) {
            throw BusinessException.invalid("请选择报送层级");
        }
        if (!forwards.add(itemId, level, on == null ? LocalDate.now(clock) : on, Text.trimToNull(note), staff.username())) {
            throw BusinessException.conflict("已报送" + level.label());
        }
        trail.record(staff.committeeId(), itemId, "报送" + level.label(), null);
        events.publishEvent(new OpinionEvents.ItemForwarded(itemId, staff.committeeId(), level, on == null ? LocalDate.now(clock) : on));
    }

    public void adopt(long itemId, AdoptionLevel level, boolean combined, LocalDate on, String note) {
        CurrentUser staff = issued(itemId, Action.ADOPT, "编发后才能登记采用和批示");
        if (level == null) {
            throw BusinessException.invalid("请选择采用层级");
        }
        LocalDate adoptedOn = on == null ? LocalDate.now(clock) : on;
        outcomes.adopt(OpinionAccess.ITEM, itemId, level, combined, adoptedOn, note);
        for (OpinionReport report : reports.findByItemIdOrderById(itemId)) {
            events.publishEvent(new OpinionEvents.ReportAdopted(report.id(), report.committeeId(), report.authorMemberIds(), level,
                    combined, adoptedOn));
        }
        trail.record(staff.committeeId(), itemId, level.label() + (combined ? "综合采用" : "采用"), "信息被" + level.label() + "采用");
    }

    public void instruct(long itemId, Outcomes.InstructionForm form) {
        CurrentUser staff = issued(itemId, Action.INSTRUCT, "编发后才能登记采用和批示");
        outcomes.instruct(OpinionAccess.ITEM, itemId, form);
        for (OpinionReport report : reports.findByItemIdOrderById(itemId)) {
            events.publishEvent(new OpinionEvents.ReportInstructed(report.id(), report.committeeId(), report.authorMemberIds(),
                    form.level(), form.leader().strip(), form.instructedOn()));
        }
        trail.record(staff.committeeId(), itemId, "领导批示：" + form.leader(), "信息获领导批示");
    }

    private CurrentUser issued(long itemId, Action action, String refusal) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        OpinionItem item = items.findByIdAndCommitteeId(itemId, staff.committeeId())
                .orElseThrow(() -> BusinessException.notFound("编辑稿"));
        item.require(action, OpinionWorkflow.office(staff), refusal);
        return staff;
    }
}
