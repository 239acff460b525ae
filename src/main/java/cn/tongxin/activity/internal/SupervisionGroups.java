package cn.tongxin.activity.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.activity.OutputKind;
import cn.tongxin.activity.Supervision.Group;

/** Supervision groups and their members, with the activities and opinions that fall in their period. */
@Repository
public class SupervisionGroups {

    private final JdbcClient jdbc;

    SupervisionGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(long committeeId, String name, long unitId, long leaderId, Collection<Long> memberIds, LocalDate startsOn, LocalDate endsOn) {
        long id = jdbc.sql("""
                insert into supervision_group (committee_id, name, unit_id, leader_member_id, starts_on, ends_on)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(committeeId, name, unitId, leaderId, startsOn, endsOn).query(Long.class).single();
        memberIds.forEach(m -> jdbc.sql("insert into supervision_group_member (group_id, member_id) values (?, ?)").params(id, m).update());
        return id;
    }

    public List<Group> list(long committeeId, Integer year) {
        return jdbc.sql("""
                select g.*, u.name as unit_name, l.name as leader_name,
                       (select string_agg(m.name, '、' order by m.id) from supervision_group_member x join member m on m.id = x.member_id where x.group_id = g.id) as member_names,
                       (select count(*) from activity a join activity_link k on k.activity_id = a.id and k.kind = 'UNIT' and k.target_id = g.unit_id
                         where a.committee_id = g.committee_id and (a.starts_at at time zone 'Asia/Shanghai')::date between g.starts_on and g.ends_on) as activities,
                       (select count(*) from activity_output o join activity a on a.id = o.activity_id
                          join activity_link k on k.activity_id = a.id and k.kind = 'UNIT' and k.target_id = g.unit_id
                         where o.kind = :opinion and (a.starts_at at time zone 'Asia/Shanghai')::date between g.starts_on and g.ends_on) as opinions
                  from supervision_group g join handling_unit u on u.id = g.unit_id join member l on l.id = g.leader_member_id
                 where g.committee_id = :committee and (cast(:year as int) is null or extract(year from g.starts_on) = :year)
                 order by g.starts_on desc, g.id""")
                .param("committee", committeeId).param("year", year).param("opinion", OutputKind.SUPERVISION_OPINION.name())
                .query((rs, n) -> new Group(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"), rs.getString("unit_name"),
                        rs.getString("leader_name"), rs.getString("member_names") == null ? List.of() : List.of(rs.getString("member_names").split("、")),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getLong("activities"),
                        rs.getLong("opinions")))
                .list();
    }
}
