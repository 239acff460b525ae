package cn.tongxin.frontline;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.tongxin.frontline.FrontlineWorkflows.Party;
import cn.tongxin.frontline.FrontlineWorkflows.PointAction;
import cn.tongxin.frontline.FrontlineWorkflows.PointStatus;
import cn.tongxin.shared.BusinessException;

/** 一线协商点: a registered point with its members; edited, closed and reopened by the office. */
@Table("frontline_point")
public class FrontlinePoint extends AbstractAggregateRoot<FrontlinePoint> {

    public record Registered(long committeeId, long pointId) {
    }

    public record Closed(long committeeId, long pointId, LocalDate on) {
    }

    /** A member attached to the point. */
    @Table("frontline_point_member")
    record Attached(long memberId) {
    }

    @Id
    Long id;
    @Version
    Integer version;
    long committeeId;
    String name;
    PointLevel level;
    String place;
    LocalDate establishedOn;
    PointStatus status;
    LocalDate closedOn;
    String createdBy;
    @MappedCollection(idColumn = "point_id")
    Set<Attached> members = new LinkedHashSet<>();

    FrontlinePoint() {
    }

    /** What the office fills in. */
    public record Details(String name, PointLevel level, String place, LocalDate establishedOn, Set<Long> memberIds) {
    }

    static FrontlinePoint register(long committeeId, Details d, String by) {
        var point = new FrontlinePoint();
        point.committeeId = committeeId;
        point.status = PointStatus.ACTIVE;
        point.createdBy = by;
        point.apply(d);
        return point;
    }

    FrontlinePoint registered() {
        registerEvent(new Registered(committeeId, id));
        return this;
    }

    void edit(Details d, Set<Party> as) {
        status = FrontlineWorkflows.POINT.require(status, PointAction.EDIT, as).to();
        apply(d);
    }

    void close(LocalDate on, Set<Party> as) {
        status = FrontlineWorkflows.POINT.require(status, PointAction.CLOSE, as).to();
        if (on == null || on.isBefore(establishedOn)) {
            throw BusinessException.invalid("撤销日期须不早于设立日期（" + establishedOn + "）");
        }
        closedOn = on;
        registerEvent(new Closed(committeeId, id, on));
    }

    void reopen(Set<Party> as) {
        status = FrontlineWorkflows.POINT.require(status, PointAction.REOPEN, as).to();
        closedOn = null;
    }

    /** A step that leaves the point as it is, allowed only while it works (linking an activity, raising a problem). */
    void require(PointAction action, Set<Party> as) {
        FrontlineWorkflows.POINT.require(status, action, as);
    }

    private void apply(Details d) {
        name = d.name().strip();
        level = d.level();
        place = d.place() == null || d.place().isBlank() ? null : d.place().strip();
        establishedOn = d.establishedOn();
        members.clear();
        d.memberIds().forEach(m -> members.add(new Attached(m)));
    }

    public Long id() {
        return id;
    }

    public Integer version() {
        return version;
    }

    public long committeeId() {
        return committeeId;
    }

    public String name() {
        return name;
    }

    public PointLevel level() {
        return level;
    }

    public String place() {
        return place;
    }

    public LocalDate establishedOn() {
        return establishedOn;
    }

    public PointStatus status() {
        return status;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public Set<Long> memberIds() {
        Set<Long> ids = new LinkedHashSet<>();
        members.forEach(m -> ids.add(m.memberId()));
        return ids;
    }
}
