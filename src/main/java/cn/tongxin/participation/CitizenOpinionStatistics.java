package cn.tongxin.participation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.shared.DateRange;

/**
 * Citizens' opinions counted per studio and for the committee, by the day they were left: received (past moderation:
 * not held, not rejected), replied directly, converted. One grouped query.
 */
@Service
@Transactional(readOnly = true)
public class CitizenOpinionStatistics {

    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;

    CitizenOpinionStatistics(JdbcClient jdbc, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
    }

    public Figures of(DateRange range) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        List<StudioLine> studios = jdbc.sql("""
                select u.id, u.name,
                       count(*) filter (where o.status in ('RECEIVED', 'REPLIED', 'CONVERTED')) as received,
                       count(*) filter (where o.status = 'REPLIED') as replied,
                       count(*) filter (where o.status = 'CONVERTED') as converted
                  from citizen_opinion o join org_unit u on u.id = o.studio_id
                 where o.committee_id = ? and o.received_at >= ? and o.received_at < ?
                 group by u.id, u.name, u.sort_order order by u.sort_order, u.id""")
                .params(user.committeeId(), range.startsAt(ZONE), range.endsBefore(ZONE))
                .query((rs, n) -> new StudioLine(rs.getLong("id"), rs.getString("name"), rs.getLong("received"),
                        rs.getLong("replied"), rs.getLong("converted"))).list();
        return new Figures(range, studios, studios.stream().mapToLong(StudioLine::received).sum(),
                studios.stream().mapToLong(StudioLine::replied).sum(), studios.stream().mapToLong(StudioLine::converted).sum());
    }

    public record StudioLine(long studioId, String studio, long received, long replied, long converted) {
    }

    public record Figures(DateRange range, List<StudioLine> studios, long received, long replied, long converted) {
    }
}
