package cn.tongxin.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.internal.SupervisionGroups;
import cn.tongxin.member.Members;
import cn.tongxin.organization.HandlingUnitView;
import cn.tongxin.organization.Organization;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;

/** Democratic supervision groups (a leader and members) posted to a unit for a period, with their activities and opinions. */
@Service
@Transactional
public class Supervision {

    public record Group(long id, String name, long unitId, String unitName, String leaderName, List<String> memberNames,
                        LocalDate startsOn, LocalDate endsOn, long activities, long opinions) {
    }

    private final SupervisionGroups store;
    private final CurrentUsers currentUsers;
    private final Organization organization;
    private final Members members;

    private final ApplicationEventPublisher events;

    Supervision(SupervisionGroups store, CurrentUsers currentUsers, Organization organization, Members members,
                ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.currentUsers = currentUsers;
        this.organization = organization;
        this.members = members;
    }

    public long createGroup(String name, Long unitId, Long leaderId, List<Long> memberIds, LocalDate startsOn, LocalDate endsOn) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(name)) {
            errors.add("name", "请填写监督小组名称");
        }
        if (unitId == null || organization.activeHandlingUnits().stream().map(HandlingUnitView::id).noneMatch(unitId::equals)) {
            errors.add("unitId", "请选择派驻单位");
        }
        if (leaderId == null || members.find(leaderId).isEmpty()) {
            errors.add("leaderId", "请选择组长");
        }
        Set<Long> all = new java.util.LinkedHashSet<>(memberIds == null ? List.of()
                : memberIds.stream().filter(java.util.Objects::nonNull).toList());
        if (leaderId != null) {
            all.add(leaderId);
        }
        if (all.size() < 2 || all.size() > 8) {
            errors.add("memberIds", "监督小组须有2至8名委员（含组长）");
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            errors.add("endsOn", "请填写派驻期限（结束不早于开始）");
        }
        errors.throwIfAny();
        for (long m : all) {
            if (members.find(m).isEmpty()) {
                throw BusinessException.invalid("所选委员不存在");
            }
        }
        long id = store.add(staff.committeeId(), name.strip(), unitId, leaderId, all, startsOn, endsOn);
        events.publishEvent(new ActivityEvents.SupervisionGroupFormed(staff.committeeId(), id, startsOn, endsOn));
        return id;
    }

    /** Groups with the activities linked to their unit during their period, and the supervision opinions of those. */
    @Transactional(readOnly = true)
    public List<Group> groups(Integer year) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        return store.list(user.committeeId(), year);
    }
}
