package cn.tongxin.frontline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.frontline.FrontlineWorkflows.Party;
import cn.tongxin.frontline.internal.FrontlinePoints;
import cn.tongxin.member.Members;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/** The office keeps the register of points: registers, edits (with the members attached), closes and reopens them. */
@Service
@Transactional
public class RegisterPoints {

    private static final Set<Party> OFFICE = Set.of(Party.OFFICE);

    private final FrontlinePoints points;
    private final CurrentUsers currentUsers;
    private final Members members;
    private final Timeline timeline;
    private final Clock clock;

    RegisterPoints(FrontlinePoints points, CurrentUsers currentUsers, Members members, Timeline timeline, Clock clock) {
        this.points = points;
        this.currentUsers = currentUsers;
        this.members = members;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The register's forms are the office's: others get 403 before seeing one. */
    public void requireOffice() {
        currentUsers.require(Role.ADMIN, Role.STAFF);
    }

    public long register(PointForm f) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        FrontlinePoint.Details details = validate(f, staff.committeeId(), -1);
        FrontlinePoint point = points.save(FrontlinePoint.register(staff.committeeId(), details, staff.username()));
        points.save(point.registered());
        timeline.record(staff.committeeId(), SubjectType.FRONTLINE_POINT, point.id(), "登记协商点", null,
                point.status().label(), point.name() + "（" + point.level().label() + "）");
        return point.id();
    }

    public void edit(long id, PointForm f) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        FrontlinePoint point = locked(staff, id);
        if (f.version() == null) {
            throw BusinessException.invalid("缺少版本号（version），请刷新后重试");
        }
        if (!f.version().equals(point.version())) {
            throw BusinessException.conflict("该协商点已被他人修改，请刷新后重试");
        }
        point.edit(validate(f, staff.committeeId(), id), OFFICE);
        points.save(point);
        timeline.record(staff.committeeId(), SubjectType.FRONTLINE_POINT, id, "修改协商点", null, null, null);
    }

    public void close(long id, LocalDate on) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        FrontlinePoint point = locked(staff, id);
        point.close(on == null ? LocalDate.now(clock) : on, OFFICE);
        points.save(point);
        timeline.record(staff.committeeId(), SubjectType.FRONTLINE_POINT, id, "撤销协商点", FrontlineWorkflows.PointStatus.ACTIVE.label(),
                point.status().label(), String.valueOf(point.closedOn()));
    }

    public void reopen(long id) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        FrontlinePoint point = locked(staff, id);
        point.reopen(OFFICE);
        points.save(point);
        timeline.record(staff.committeeId(), SubjectType.FRONTLINE_POINT, id, "恢复协商点", FrontlineWorkflows.PointStatus.CLOSED.label(),
                point.status().label(), null);
    }

    private FrontlinePoint locked(CurrentUser staff, long id) {
        return points.findLockedByIdAndCommitteeId(id, staff.committeeId()).orElseThrow(() -> BusinessException.notFound("协商点"));
    }

    private FrontlinePoint.Details validate(PointForm f, long committeeId, long id) {
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(f.name()) || f.name().strip().length() > 100) {
            errors.add("name", "请填写协商点名称（不超过100个字）");
        } else if (points.existsByCommitteeIdAndNameAndIdNot(committeeId, f.name().strip(), id)) {
            errors.add("name", "已有同名的协商点");
        }
        if (f.level() == null) {
            errors.add("level", "请选择层级（乡镇、村或社区）");
        }
        if (f.place() != null && f.place().strip().length() > 200) {
            errors.add("place", "地点不能超过200个字");
        }
        if (f.establishedOn() == null) {
            errors.add("establishedOn", "请填写设立日期");
        } else if (f.establishedOn().isAfter(LocalDate.now(clock))) {
            errors.add("establishedOn", "设立日期不能晚于今天");
        }
        List<Long> ids = f.memberIds() == null ? List.of() : f.memberIds();
        // every id in the form must be one of this committee's members: another committee's is refused, never shown
        if (ids.stream().anyMatch(m -> m == null || members.find(m).isEmpty())) {
            errors.add("memberIds", "所选委员不存在或不属于本会");
        }
        if (ids.size() > 200) {
            errors.add("memberIds", "一个协商点最多联系200名委员");
        }
        errors.throwIfAny();
        return new FrontlinePoint.Details(f.name(), f.level(), f.place(), f.establishedOn(), new LinkedHashSet<>(ids));
    }
}
