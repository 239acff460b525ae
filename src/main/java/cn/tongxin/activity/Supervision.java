package cn.tongxin.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
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

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Organization organization;
    private final Members members;

    Supervision(JdbcClient jdbc, CurrentUsers currentUsers, Organization organization, Members members) {
        this.jdbc = jdbc;
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
        Set<Long> all = new java.util.LinkedHashSet<>(memberIds == null ? List.of() : memberIds);
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
        long id = jdbc.sql("""
                insert into supervision_group (committee_id, name, unit_id, leader_member_id, starts_on, ends_on)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(staff.committeeId(), name.strip(), unitId, leaderId, startsOn, endsOn).query(Long.class).single();
        all.forEach(m -> jdbc.sql("insert into supervision_group_member (group_id, member_id) values (?, ?)").params(id, m).update());
        return id;
    }

    /** Groups with the activities linked to their unit during their period, and the supervision opinions of those. */
    @Transactional(readOnly = true)
    public List<Group> groups(Integer year) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        return jdbc.sql("""
                select g.*, u.name as unit_name, l.name as leader_name,
                       (select string_agg(m.name, '、' order by m.id) from supervision_group_member x join member m on m.id = x.member_id where x.group_id = g.id) as member_names,
                       (select count(*) from activity a join activity_link k on k.activity_id = a.id and k.kind = 'UNIT' and k.target_id = g.unit_id
                         where a.committee_id = g.committee_id and (a.starts_at at time zone 'Asia/Shanghai')::date between g.starts_on and g.ends_on) as activities,
                       (select count(*) from activity_output o join activity a on a.id = o.activity_id
                          join activity_link k on k.activity_id = a.id and k.kind = 'UNIT' and k.target_id = g.unit_id
                         where o.kind = 'SUPERVISION_OPINION' and (a.starts_at at time zone 'Asia/Shanghai')::date between g.starts_on and g.ends_on) as opinions
                  from supervision_group g join handling_unit u on u.id = g.unit_id join member l on l.id = g.leader_member_id
                 where g.committee_id = ? and (cast(? as int) is null or extract(year from g.starts_on) = ?) order by g.starts_on desc, g.id""")
                .params(user.committeeId(), year, year)
                .query((rs, n) -> new Group(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"), rs.getString("unit_name"),
                        rs.getString("leader_name"), rs.getString("member_names") == null ? List.of() : List.of(rs.getString("member_names").split("、")),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getLong("activities"),
                        rs.getLong("opinions")))
                .list();
    }
}
