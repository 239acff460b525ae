package cn.tongxin.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.member.Members;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;

/**
 * The office keeps the rota: a member on duty for a time window on a topic, no two shifts of one member overlapping;
 * a shift is cancelled rather than deleted once published. The portal shows who is on duty now and next.
 */
@Service
@Transactional
public class DutyRota {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Members members;
    private final Clock clock;

    DutyRota(JdbcClient jdbc, CurrentUsers currentUsers, Members members, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.members = members;
        this.clock = clock;
    }

    public record ShiftForm(Long memberId, LocalDateTime startsAt, LocalDateTime endsAt, String topic) {
    }

    public record Shift(long id, long memberId, String memberName, Instant startsAt, Instant endsAt, String topic, boolean cancelled,
                        long questions, long answered) {
        public boolean onDuty(Instant now) {
            return !cancelled && !now.isBefore(startsAt) && now.isBefore(endsAt);
        }
    }

    public long schedule(ShiftForm f) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        var errors = new FieldErrors.Collector();
        String name = f.memberId() == null ? null : members.find(f.memberId()).map(m -> m.name()).orElse(null);
        if (name == null) {
            errors.add("memberId", "所选委员不存在或不属于本会");
        }
        if (f.startsAt() == null || f.endsAt() == null) {
            errors.add("startsAt", "请填写值班开始和结束时间");
        } else if (!f.endsAt().isAfter(f.startsAt())) {
            errors.add("endsAt", "结束时间须晚于开始时间");
        } else if (f.endsAt().isAfter(f.startsAt().plusHours(12))) {
            errors.add("endsAt", "一次值班不超过12小时");
        }
        if (Text.isBlank(f.topic()) || f.topic().strip().length() > 100) {
            errors.add("topic", "请填写值班主题（不超过100个字）");
        }
        errors.throwIfAny();
        Instant starts = f.startsAt().atZone(clock.getZone()).toInstant();
        Instant ends = f.endsAt().atZone(clock.getZone()).toInstant();
        // one member, one shift at a time: the member's rows are locked while checking
        jdbc.sql("select id from member where id = ? for update").param(f.memberId()).query(Long.class).list();
        long overlapping = jdbc.sql("""
                select count(*) from duty_shift where member_id = ? and not cancelled and starts_at < ? and ends_at > ?""")
                .params(f.memberId(), at(ends), at(starts)).query(Long.class).single();
        if (overlapping > 0) {
            throw BusinessException.conflict(name + "在该时段已有值班安排");
        }
        return jdbc.sql("""
                insert into duty_shift (committee_id, member_id, starts_at, ends_at, topic, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(staff.committeeId(), f.memberId(), at(starts), at(ends), f.topic().strip(), staff.username()).query(Long.class).single();
    }

    public void cancel(long id) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Shift shift = find(staff.committeeId(), id).orElseThrow(() -> BusinessException.notFound("值班安排"));
        if (shift.cancelled()) {
            throw BusinessException.conflict("该值班安排已取消");
        }
        if (!shift.endsAt().isAfter(clock.instant())) {
            throw BusinessException.conflict("已结束的值班不能取消");
        }
        if (shift.questions() > 0) {
            throw BusinessException.conflict("该时段已有群众留言，不能取消");
        }
        jdbc.sql("update duty_shift set cancelled = true where id = ? and committee_id = ?").params(id, staff.committeeId()).update();
    }

    /** The committee's shifts from a day on (the office and members read the rota). */
    @Transactional(readOnly = true)
    public List<Shift> from(Instant from, int limit) {
        CurrentUser reader = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
        return shifts(reader.committeeId(), "and s.ends_at > ? order by s.starts_at, s.id limit ?", from, limit);
    }

    /** For the portal, without a login: the shifts not cancelled that end after now, the current one first. */
    @Transactional(readOnly = true)
    public List<Shift> upcoming(long committeeId, int limit) {
        return shifts(committeeId, "and not s.cancelled and s.ends_at > ? order by s.starts_at, s.id limit ?", clock.instant(), limit);
    }

    /** The shift on duty now, if any (the earliest begun, when two overlap). */
    @Transactional(readOnly = true)
    public Optional<Shift> current(long committeeId) {
        var now = clock.instant();
        return shifts(committeeId, "and not s.cancelled and s.starts_at <= ? and s.ends_at > ? order by s.starts_at, s.id limit 1", now, now)
                .stream().findFirst();
    }

    Optional<Shift> find(long committeeId, long id) {
        return shifts(committeeId, "and s.id = ? and ? > 0", id, 1).stream().findFirst();
    }

    /** A moment as the driver takes it. */
    static java.time.OffsetDateTime at(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private List<Shift> shifts(long committeeId, String tail, Object a, Object b) {
        return jdbc.sql("""
                select s.id, s.member_id, m.name, s.starts_at, s.ends_at, s.topic, s.cancelled,
                       (select count(*) from duty_question q where q.shift_id = s.id and q.status <> 'REJECTED') as questions,
                       (select count(*) from duty_question q where q.shift_id = s.id and q.status in ('ANSWERED', 'CONVERTED')) as answered
                  from duty_shift s join member m on m.id = s.member_id
                 where s.committee_id = ?""" + " " + tail)
                .params(committeeId, a instanceof Instant i ? at(i) : a, b instanceof Instant i ? at(i) : b)
                .query((rs, n) -> new Shift(rs.getLong("id"), rs.getLong("member_id"), rs.getString("name"),
                        rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("topic"),
                        rs.getBoolean("cancelled"), rs.getLong("questions"), rs.getLong("answered")))
                .list();
    }
}
