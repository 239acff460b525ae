package cn.tongxin.activity;

import cn.tongxin.shared.SubjectType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.internal.Activities;
import cn.tongxin.activity.internal.Invitations;
import cn.tongxin.member.Members;
import cn.tongxin.organization.OrgUnit;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/** Staff publish activities: who is invited (resolved to members), when and where, what they are linked to. */
@Service
@Transactional
public class PlanActivities {

    static final SubjectType SUBJECT = SubjectType.ACTIVITY;
    private final SecureRandom random = new SecureRandom();
    private final Activities activities;
    private final Invitations invitations;
    private final CurrentUsers currentUsers;
    private final Members members;
    private final Organization organization;
    private final Timeline timeline;
    private final Clock clock;

    PlanActivities(Activities activities, Invitations invitations, CurrentUsers currentUsers, Members members,
                   Organization organization, Timeline timeline, Clock clock) {
        this.activities = activities;
        this.invitations = invitations;
        this.currentUsers = currentUsers;
        this.members = members;
        this.organization = organization;
        this.timeline = timeline;
        this.clock = clock;
    }

    public long create(ActivityForm f) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(f.title()) || f.title().strip().length() > 200) {
            errors.add("title", "请填写活动名称（不超过200个字）");
        }
        if (f.type() == null) {
            errors.add("type", "请选择活动类型");
        }
        if (f.organiserKind() == null) {
            errors.add("organiserKind", "请选择组织方");
        }
        if (f.startsAt() == null || f.endsAt() == null) {
            errors.add("startsAt", "请填写开始和结束时间");
        } else if (!f.endsAt().isAfter(f.startsAt())) {
            errors.add("endsAt", "结束时间须晚于开始时间");
        }
        if (!Boolean.TRUE.equals(f.online()) && Text.isBlank(f.place())) {
            errors.add("place", "请填写地点（或选择线上）");
        }
        String organiserName = organiserName(f, errors);
        // every id in the form must be one of this committee's: another committee's is refused, never shown
        ownIds(errors, "sectorIds", "界别", f.sectorIds(), organization.units(OrgUnitKind.SECTOR));
        ownIds(errors, "specialCommitteeIds", "专委会", f.specialCommitteeIds(), organization.units(OrgUnitKind.SPECIAL_COMMITTEE));
        ownIds(errors, "studioIds", "委员工作室", f.studioIds(), organization.units(OrgUnitKind.STUDIO));
        if (list(f.memberIds()).stream().anyMatch(m -> m == null || members.find(m).isEmpty())) {
            errors.add("memberIds", "所选委员不存在或不属于本会");
        }
        var units = organization.activeHandlingUnits().stream().map(u -> u.id()).toList();
        List<Long> unitIds = list(f.unitIds());
        if (unitIds.stream().anyMatch(u -> !units.contains(u))) {
            errors.add("unitIds", "所选承办单位不存在或不属于本会");
        }
        errors.throwIfAny();
        Set<Long> invitees = new LinkedHashSet<>(list(f.memberIds()));
        invitees.addAll(members.inGroups(list(f.sectorIds()), list(f.specialCommitteeIds()), list(f.studioIds()),
                Boolean.TRUE.equals(f.standingCommittee())));
        Instant starts = f.startsAt().atZone(clock.getZone()).toInstant();
        Instant ends = f.endsAt().atZone(clock.getZone()).toInstant();
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        Activity activity = activities.save(Activity.publish(staff.committeeId(), new Activity.Details(f.title().strip(), f.type(),
                f.organiserKind(), f.organiserId(), organiserName, starts, ends, Text.trimToNull(f.place()),
                Boolean.TRUE.equals(f.online()), Text.trimToNull(f.topic()), Text.trimToNull(f.leaders()),
                Boolean.TRUE.equals(f.allowObservers())), HexFormat.of().formatHex(secret), staff.username()));
        long id = activity.id();
        invitations.invite(id, invitees);
        for (Long p : list(f.proposalIds())) {
            if (p == null || !invitations.linkProposal(id, p)) {
                throw new FieldErrors("提交的内容有误，请修改后重试",
                        List.of(new FieldErrors.FieldError("proposalIds", "所选提案不存在或不属于本会")));
            }
        }
        unitIds.forEach(u -> invitations.linkUnit(id, u));
        activities.save(activity.published(List.copyOf(invitees), clock));
        timeline.record(staff.committeeId(), SUBJECT, id, "发布活动", null, ActivityStatus.SIGNUP_OPEN.label(), "邀请" + invitees.size() + "人");
        return id;
    }

    private String organiserName(ActivityForm f, FieldErrors.Collector errors) {
        if (f.organiserKind() == null) {
            return "";
        }
        if (f.organiserKind() == OrganiserKind.OFFICE) {
            if (Text.isBlank(f.organiserName())) {
                errors.add("organiserName", "请填写组织的机关科室");
                return "";
            }
            return f.organiserName().strip();
        }
        OrgUnitKind kind = switch (f.organiserKind()) {
            case SPECIAL_COMMITTEE -> OrgUnitKind.SPECIAL_COMMITTEE;
            case SECTOR -> OrgUnitKind.SECTOR;
            case STUDIO -> OrgUnitKind.STUDIO;
            default -> OrgUnitKind.PARTY;
        };
        List<OrgUnit> options = f.organiserKind() == OrganiserKind.PARTY ? organization.affiliations() : organization.units(kind);
        return options.stream().filter(u -> f.organiserId() != null && u.id() == f.organiserId()).map(OrgUnit::name).findFirst()
                .orElseGet(() -> {
                    errors.add("organiserId", "请选择组织方");
                    return "";
                });
    }

    private static void ownIds(FieldErrors.Collector errors, String field, String what, List<Long> ids, List<OrgUnit> own) {
        if (list(ids).stream().anyMatch(id -> id == null || own.stream().noneMatch(u -> u.id() == id))) {
            errors.add(field, "所选" + what + "不存在或不属于本会");
        }
    }

    private static List<Long> list(List<Long> ids) {
        return ids == null ? List.of() : ids;
    }
}
