package cn.tongxin.activity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.PlanItemWorkflow.Party;
import cn.tongxin.activity.PlanItemWorkflow.Status;
import cn.tongxin.activity.internal.Activities;
import cn.tongxin.activity.internal.ConsultationPlanItems;
import cn.tongxin.activity.internal.PlanItemList;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;

/** 年度协商计划: planned topics (type, month, lead special committee), carried out by an activity, then 已反馈. */
@Service
@Transactional
public class ConsultationPlan {

    /** A topic with what the current user may do with it ({@link PlanItemWorkflow}). */
    public record Item(long id, int year, String topic, ActivityType type, int month, String leadSpecialCommittee, Status status,
                       Long activityId, String activityTitle, List<PlanItemWorkflow.Action> actions) {
        /** For templates: whether the current user is offered this step. */
        public boolean offers(String action) {
            return actions.contains(PlanItemWorkflow.Action.valueOf(action));
        }
    }

    private final ConsultationPlanItems items;
    private final PlanItemList list;
    private final Activities activities;
    private final CurrentUsers currentUsers;
    private final Organization organization;

    ConsultationPlan(ConsultationPlanItems items, PlanItemList list, Activities activities, CurrentUsers currentUsers,
                     Organization organization) {
        this.items = items;
        this.list = list;
        this.activities = activities;
        this.currentUsers = currentUsers;
        this.organization = organization;
    }

    @Transactional(readOnly = true)
    public List<Item> year(int year) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        Set<Party> as = parties(user);
        return list.year(user.committeeId(), year).stream().map(r -> new Item(r.id(), r.year(), r.topic(), r.type(), r.month(),
                r.leadSpecialCommittee(), r.status(), r.activityId(), r.activityTitle(), PlanItemWorkflow.offered(r.status(), as))).toList();
    }

    public long add(int year, String topic, ActivityType type, Integer month, Long leadSpecialCommitteeId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(topic) || topic.strip().length() > 200) {
            errors.add("topic", "请填写协商议题（不超过200个字）");
        }
        if (type == null || !type.isConsultation()) {
            errors.add("type", "请选择协商形式");
        }
        if (month == null || month < 1 || month > 12) {
            errors.add("month", "请选择计划月份");
        }
        if (leadSpecialCommitteeId != null && organization.units(OrgUnitKind.SPECIAL_COMMITTEE).stream().noneMatch(u -> u.id() == leadSpecialCommitteeId)) {
            errors.add("leadSpecialCommitteeId", "所选专委会不存在");
        }
        if (year < 2000 || year > 2100) {
            errors.add("year", "请选择计划年度");
        }
        errors.throwIfAny();
        var item = items.save(ConsultationPlanItem.plan(staff.committeeId(), year, topic.strip(), type, month, leadSpecialCommitteeId));
        return items.save(item.planned()).id();
    }

    /** The activity that carried out a planned topic: the topic becomes 已开展. */
    public void carriedOutBy(long itemId, Long activityId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (activityId == null) {
            throw BusinessException.invalid("请填写活动编号");
        }
        if (activities.findByIdAndCommitteeId(activityId, staff.committeeId()).isEmpty()) {
            throw BusinessException.notFound("活动");
        }
        var item = locked(staff, itemId);
        item.carriedOutBy(activityId, parties(staff));
        items.save(item);
    }

    /** The government's feedback on the outcome has come back. */
    public void feedbackReceived(long itemId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        var item = locked(staff, itemId);
        item.feedbackReceived(parties(staff));
        items.save(item);
    }

    private ConsultationPlanItem locked(CurrentUser staff, long itemId) {
        return items.findLockedByIdAndCommitteeId(itemId, staff.committeeId()).orElseThrow(() -> BusinessException.notFound("协商计划议题"));
    }

    static Set<Party> parties(CurrentUser user) {
        Set<Party> as = EnumSet.noneOf(Party.class);
        if (user.hasAny(Role.ADMIN, Role.STAFF)) {
            as.add(Party.STAFF);
        }
        if (user.has(Role.LEADER)) {
            as.add(Party.LEADER);
        }
        return as;
    }
}
