package cn.tongxin.activity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.shared.SubjectType;
import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;
import cn.tongxin.activity.ActivityQueries.Summary;
import cn.tongxin.activity.ActivityType;
import cn.tongxin.activity.InviteeResponse;
import cn.tongxin.activity.OutputKind;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.Text;

/**
 * Activity lists and the rows of one activity's page. Who sees what: staff and leaders all of their committee; members
 * those they are invited to or attended, and those open to observers; units those linked to them.
 */
@Repository
public class ActivityReads {

    public record ParticipantRow(long memberId, String name, String sector, boolean invited, InviteeResponse response,
                                 String leaveReason, Instant checkedInAt) {
    }

    public record OutputRow(long id, OutputKind kind, String title, String text, String authors, boolean needsResponse,
                            Instant recordedAt, boolean imported) {
    }

    private final JdbcClient jdbc;

    ActivityReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<Summary> list(CurrentUser user, String keyword, ActivityType type, Instant from, Instant to, Long organiserId,
                                    PageQuery page) {
        return list(user, keyword, type, from, to, organiserId, false, page);
    }

    /** {@code leavePending}: only activities with a leave request waiting for a decision (the office's queue). */
    public PageResult<Summary> list(CurrentUser user, String keyword, ActivityType type, Instant from, Instant to, Long organiserId,
                                    boolean leavePending, PageQuery page) {
        return list(user, keyword, type, from, to, organiserId, leavePending, false, page);
    }

    /** {@code held}: cancelled activities left out, as the statistics and the leader's home page count them. */
    public PageResult<Summary> list(CurrentUser user, String keyword, ActivityType type, Instant from, Instant to, Long organiserId,
                                    boolean leavePending, boolean held, PageQuery page) {
        StringBuilder where = new StringBuilder(" where a.committee_id = :committee").append(visibility(user));
        Map<String, Object> p = params(user);
        if (Text.likePattern(keyword) != null) {
            where.append(" and a.title like :keyword");
            p.put("keyword", Text.likePattern(keyword));
        }
        if (type != null) {
            where.append(" and a.type = :type");
            p.put("type", type.name());
        }
        if (organiserId != null) {
            where.append(" and a.organiser_id = :organiser");
            p.put("organiser", organiserId);
        }
        if (from != null) {
            where.append(" and a.starts_at >= :from and a.starts_at < :to");
            p.put("from", Timestamp.from(from));
            p.put("to", Timestamp.from(to));
        }
        if (leavePending) {
            where.append(LEAVE_PENDING);
        }
        if (held) {
            where.append(" and a.status <> 'CANCELLED'");
        }
        long total = jdbc.sql("select count(*) from activity a" + where).params(p).query(Long.class).single();
        p.put("limit", page.size());
        p.put("offset", page.offset());
        var items = jdbc.sql("""
                select a.id, a.title, a.type, a.organiser_name, a.starts_at, a.ends_at, a.place, a.online,
                       (select count(*) from activity_invitee i where i.activity_id = a.id) as invited,
                       (select count(*) from activity_attendance t where t.activity_id = a.id) as present
                  from activity a""" + where + " order by a.starts_at desc, a.id desc limit :limit offset :offset")
                .params(p)
                .query((rs, n) -> new Summary(rs.getLong("id"), rs.getString("title"), ActivityType.valueOf(rs.getString("type")),
                        rs.getString("organiser_name"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                        rs.getString("place"), rs.getBoolean("online"), rs.getLong("invited"), rs.getLong("present")))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public boolean visible(CurrentUser user, long id) {
        var p = params(user);
        p.put("id", id);
        return jdbc.sql("select count(*) from activity a where a.id = :id and a.committee_id = :committee" + visibility(user)).params(p)
                .query(Long.class).single() > 0;
    }

    /** Invitees and whoever checked in (observers), by member id. */
    public List<ParticipantRow> participants(long id) {
        return jdbc.sql("""
                select m.id, m.name, s.name as sector, i.member_id is not null as invited, i.response, i.leave_reason, t.checked_in_at
                  from (select member_id from activity_invitee where activity_id = :id
                        union select member_id from activity_attendance where activity_id = :id) x
                  join member m on m.id = x.member_id
                  left join org_unit s on s.id = m.sector_id
                  left join activity_invitee i on i.activity_id = :id and i.member_id = x.member_id
                  left join activity_attendance t on t.activity_id = :id and t.member_id = x.member_id
                 order by m.id""").param("id", id)
                .query((rs, n) -> {
                    String response = rs.getString("response");
                    Timestamp checkedIn = rs.getTimestamp("checked_in_at");
                    return new ParticipantRow(rs.getLong("id"), rs.getString("name"), rs.getString("sector"), rs.getBoolean("invited"),
                            response == null ? null : InviteeResponse.valueOf(response), rs.getString("leave_reason"),
                            checkedIn == null ? null : checkedIn.toInstant());
                }).list();
    }

    public List<OutputRow> outputs(long id) {
        return jdbc.sql("""
                select o.*, (select string_agg(m.name, '、' order by m.id) from activity_output_author x join member m on m.id = x.member_id
                              where x.output_id = o.id) as authors
                  from activity_output o where o.activity_id = ? order by o.id""").param(id)
                .query((rs, n) -> new OutputRow(rs.getLong("id"), OutputKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        rs.getString("text"), rs.getString("authors"), rs.getBoolean("needs_response"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getBoolean("imported")))
                .list();
    }

    /** Whether the activity came in by history import (read-only, ADR 009). */
    public boolean imported(long id) {
        return jdbc.sql("select imported from activity where id = ?").param(id).query(Boolean.class).optional().orElse(false);
    }

    /** What the activity is linked to, as people read it (proposals and units of its own committee). */
    public List<String> links(long id) {
        return jdbc.sql("""
                select case when l.kind = :proposal then '提案：' || coalesce(p.number_text, '') || ' ' || coalesce(p.title, '')
                            else '承办单位：' || coalesce(u.name, '') end
                  from activity_link l join activity a on a.id = l.activity_id
                  left join proposal p on l.kind = :proposal and p.id = l.target_id and p.committee_id = a.committee_id
                  left join handling_unit u on l.kind = 'UNIT' and u.id = l.target_id and u.committee_id = a.committee_id
                 where l.activity_id = :id""").param("id", id).param("proposal", SubjectType.PROPOSAL.name())
                .query(String.class).list();
    }

    private static final String LEAVE_PENDING =
            " and exists (select 1 from activity_invitee i where i.activity_id = a.id and i.response = 'LEAVE_REQUESTED')";

    /** How many activities have a leave request waiting: the count of the list filtered by {@code leavePending}. */
    public long countLeavePending(CurrentUser user) {
        return jdbc.sql("select count(*) from activity a where a.committee_id = :committee" + visibility(user) + LEAVE_PENDING)
                .params(params(user)).query(Long.class).single();
    }

    private static String visibility(CurrentUser user) {
        if (user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)) {
            return "";
        }
        if (user.has(Role.MEMBER) && user.memberId() != null) {
            return " and (exists (select 1 from activity_invitee i where i.activity_id = a.id and i.member_id = :me)"
                    + " or exists (select 1 from activity_attendance t where t.activity_id = a.id and t.member_id = :me)"
                    + " or a.allow_observers)";
        }
        if (user.has(Role.UNIT) && user.unitId() != null) {
            return " and exists (select 1 from activity_link l where l.activity_id = a.id and l.kind = 'UNIT' and l.target_id = :unit)";
        }
        return " and false";
    }

    private static Map<String, Object> params(CurrentUser user) {
        Map<String, Object> p = new HashMap<>();
        p.put("committee", user.committeeId());
        p.put("me", user.memberId() == null ? -1 : user.memberId());
        p.put("unit", user.unitId() == null ? -1 : user.unitId());
        return p;
    }
}
