package cn.tongxin.reading;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.member.MemberStatus;
import cn.tongxin.member.Members;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;

/** 读书群: the office opens a group and keeps its roster (群主, 领读人, 联络员, 成员); the committee's readers see every group. */
@Service
@Transactional
public class ReadingGroups {

    private final JdbcClient jdbc;
    private final ReadingAccess access;
    private final Members members;
    private final AuditLog audit;

    ReadingGroups(JdbcClient jdbc, ReadingAccess access, Members members, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.members = members;
        this.audit = audit;
    }

    /** A new group; {@code ownerMemberId}: its 群主, optional. */
    public record GroupForm(String name, String description, Long ownerMemberId) {
    }

    /** Puts a member on the roster in a part (or changes the part of one already there). */
    public record RosterEntry(Long memberId, GroupRole role) {
    }

    public record Listed(long id, String name, String description, long members, long themes, GroupRole myRole) {
    }

    public record RosterMember(long memberId, String name, GroupRole role) {
    }

    public record ThemeRow(long id, String title, LocalDate startsOn, LocalDate endsOn) {
    }

    public record Group(long id, String name, String description, List<RosterMember> roster, List<ThemeRow> themes, GroupRole myRole,
                        boolean office) {
        /** Whether the viewer may post notes here: a member on the roster. */
        public boolean canPost() {
            return myRole != null;
        }
    }

    public long create(GroupForm f) {
        CurrentUser office = access.office();
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(f.name()) || f.name().strip().length() > 100) {
            errors.add("name", "请填写读书群名称（不超过100个字）");
        } else if (jdbc.sql("select count(*) from reading_group where committee_id = ? and name = ?")
                .params(office.committeeId(), f.name().strip()).query(Long.class).single() > 0) {
            errors.add("name", "本会已有同名的读书群");
        }
        if (f.description() != null && f.description().length() > 2000) {
            errors.add("description", "简介不能超过2000个字");
        }
        if (f.ownerMemberId() != null && !active(f.ownerMemberId())) {
            errors.add("ownerMemberId", "所选群主不是本会在职委员");
        }
        errors.throwIfAny();
        long id = jdbc.sql("insert into reading_group (committee_id, name, description, created_by) values (?, ?, ?, ?) returning id")
                .params(office.committeeId(), f.name().strip(), Text.trimToNull(f.description()), office.username())
                .query(Long.class).single();
        if (f.ownerMemberId() != null) {
            put(office.committeeId(), id, f.ownerMemberId(), GroupRole.OWNER);
        }
        audit.record(office.committeeId(), "开设读书群", "reading_group", id, f.name().strip());
        return id;
    }

    public void setMember(long groupId, RosterEntry entry) {
        CurrentUser office = access.office();
        String group = access.groupName(office.committeeId(), groupId);
        var errors = new FieldErrors.Collector();
        if (entry.memberId() == null || !active(entry.memberId())) {
            errors.add("memberId", "请选择本会在职委员");
        }
        if (entry.role() == null) {
            errors.add("role", "请选择在群中的身份（群主、领读人、联络员或成员）");
        }
        errors.throwIfAny();
        put(office.committeeId(), groupId, entry.memberId(), entry.role());
        audit.record(office.committeeId(), "读书群成员", "reading_group", groupId, group + "：委员 " + entry.memberId() + " 为" + entry.role().label());
    }

    public void removeMember(long groupId, long memberId) {
        CurrentUser office = access.office();
        String group = access.groupName(office.committeeId(), groupId);
        int removed = jdbc.sql("delete from reading_group_member where group_id = ? and member_id = ?").params(groupId, memberId).update();
        if (removed == 0) {
            throw BusinessException.notFound("该群成员");
        }
        audit.record(office.committeeId(), "移出读书群", "reading_group", groupId, group + "：委员 " + memberId);
    }

    @Transactional(readOnly = true)
    public List<Listed> list() {
        CurrentUser reader = access.reader();
        return jdbc.sql("""
                select g.id, g.name, g.description,
                       (select count(*) from reading_group_member m where m.group_id = g.id) as members,
                       (select count(*) from reading_theme t where t.group_id = g.id) as themes,
                       (select m.role from reading_group_member m where m.group_id = g.id and m.member_id = ?) as my_role
                  from reading_group g where g.committee_id = ? order by g.name limit 500""")
                .params(reader.memberId() == null ? -1L : reader.memberId(), reader.committeeId())
                .query((rs, n) -> new Listed(rs.getLong("id"), rs.getString("name"), rs.getString("description"), rs.getLong("members"),
                        rs.getLong("themes"), role(rs.getString("my_role"))))
                .list();
    }

    @Transactional(readOnly = true)
    public Group get(long id) {
        CurrentUser reader = access.reader();
        var head = jdbc.sql("select name, description from reading_group where id = ? and committee_id = ?").params(id, reader.committeeId())
                .query((rs, n) -> new String[] {rs.getString("name"), rs.getString("description")}).optional()
                .orElseThrow(() -> BusinessException.notFound("读书群"));
        List<RosterMember> roster = jdbc.sql("""
                select gm.member_id, m.name, gm.role from reading_group_member gm join member m on m.id = gm.member_id
                 where gm.group_id = ? order by case gm.role when 'OWNER' then 0 when 'LEADER' then 1 when 'LIAISON' then 2 else 3 end,
                       m.name, gm.member_id""")
                .param(id).query((rs, n) -> new RosterMember(rs.getLong("member_id"), rs.getString("name"), GroupRole.valueOf(rs.getString("role"))))
                .list();
        List<ThemeRow> themes = jdbc.sql("select id, title, starts_on, ends_on from reading_theme where committee_id = ? and group_id = ?"
                        + " order by starts_on desc, id desc limit 200")
                .params(reader.committeeId(), id)
                .query((rs, n) -> new ThemeRow(rs.getLong("id"), rs.getString("title"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)))
                .list();
        GroupRole mine = roster.stream().filter(r -> reader.memberId() != null && r.memberId() == reader.memberId()).map(RosterMember::role)
                .findFirst().orElse(null);
        return new Group(id, head[0], head[1], roster, themes, mine, reader.isOffice());
    }

    private void put(long committeeId, long groupId, long memberId, GroupRole role) {
        jdbc.sql("""
                insert into reading_group_member (group_id, member_id, committee_id, role) values (?, ?, ?, ?)
                on conflict (group_id, member_id) do update set role = excluded.role""")
                .params(groupId, memberId, committeeId, role.name()).update();
    }

    private boolean active(long memberId) {
        return members.find(memberId).filter(m -> m.status() == MemberStatus.ACTIVE).isPresent();
    }

    private static GroupRole role(String name) {
        return name == null ? null : GroupRole.valueOf(name);
    }
}
