package cn.tongxin.activity;

import cn.tongxin.shared.SubjectType;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.member.Members;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.organization.OrgUnit;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/** Staff organise activities: who is invited (resolved to members), when and where, what they are linked to. */
@Service
@Transactional
public class PlanActivities {

    static final SubjectType SUBJECT = SubjectType.ACTIVITY;
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Members members;
    private final Organization organization;
    private final Notifications notifications;
    private final Timeline timeline;
    private final Clock clock;

    PlanActivities(JdbcClient jdbc, CurrentUsers currentUsers, Members members, Organization organization,
                   Notifications notifications, Timeline timeline, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.members = members;
        this.organization = organization;
        this.notifications = notifications;
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
        errors.throwIfAny();
        Set<Long> invitees = new LinkedHashSet<>(f.memberIds() == null ? List.of() : f.memberIds());
        invitees.addAll(members.inGroups(list(f.sectorIds()), list(f.specialCommitteeIds()), list(f.studioIds()),
                Boolean.TRUE.equals(f.standingCommittee())));
        for (Long m : f.memberIds() == null ? List.<Long>of() : f.memberIds()) {
            if (members.find(m).isEmpty()) {
                throw BusinessException.invalid("所选委员不存在");
            }
        }
        Instant starts = f.startsAt().atZone(clock.getZone()).toInstant();
        Instant ends = f.endsAt().atZone(clock.getZone()).toInstant();
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        long id = jdbc.sql("""
                insert into activity (committee_id, title, type, organiser_kind, organiser_id, organiser_name, starts_at, ends_at,
                       place, online, topic, leaders, allow_observers, checkin_secret, checkin_opens_at, checkin_closes_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(staff.committeeId(), f.title().strip(), f.type().name(), f.organiserKind().name(), f.organiserId(),
                        organiserName, Timestamp.from(starts), Timestamp.from(ends), Text.trimToNull(f.place()),
                        Boolean.TRUE.equals(f.online()), Text.trimToNull(f.topic()), Text.trimToNull(f.leaders()),
                        Boolean.TRUE.equals(f.allowObservers()), HexFormat.of().formatHex(secret),
                        Timestamp.from(starts.minus(Duration.ofMinutes(30))), Timestamp.from(ends), staff.username())
                .query(Long.class).single();
        for (long member : invitees) {
            jdbc.sql("insert into activity_invitee (activity_id, member_id) values (?, ?)").params(id, member).update();
            notifications.notify(staff.committeeId(), Recipient.member(member), "活动通知：" + f.title().strip(),
                    f.startsAt().toLocalDate() + " " + (Boolean.TRUE.equals(f.online()) ? "线上" : f.place().strip()) + "，请报名或请假",
                    "/activities/" + id);
        }
        for (Long p : f.proposalIds() == null ? List.<Long>of() : f.proposalIds()) {
            jdbc.sql("insert into activity_link (activity_id, kind, target_id) values (?, 'PROPOSAL', ?) on conflict do nothing").params(id, p).update();
        }
        var units = organization.activeHandlingUnits().stream().map(u -> u.id()).toList();
        for (Long u : f.unitIds() == null ? List.<Long>of() : f.unitIds()) {
            if (!units.contains(u)) {
                throw BusinessException.invalid("所选承办单位不存在");
            }
            jdbc.sql("insert into activity_link (activity_id, kind, target_id) values (?, 'UNIT', ?) on conflict do nothing").params(id, u).update();
        }
        timeline.record(staff.committeeId(), SUBJECT, id, "发布活动", null, null, "邀请" + invitees.size() + "人");
        return id;
    }

    /** Staff close (or reopen) sign-up and leave requests. */
    public void setSignupOpen(long id, boolean open) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        int updated = jdbc.sql("update activity set signup_open = ?, version = version + 1 where id = ? and committee_id = ?")
                .params(open, id, staff.committeeId()).update();
        if (updated == 0) {
            throw BusinessException.notFound("活动");
        }
        timeline.record(staff.committeeId(), SUBJECT, id, open ? "开放报名" : "截止报名", null, null, null);
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

    private static List<Long> list(List<Long> ids) {
        return ids == null ? List.of() : ids;
    }
}
