package cn.tongxin.performance.resident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.organization.CommitteeAccess;
import cn.tongxin.organization.CommitteeView;
import cn.tongxin.organization.Organization;
import cn.tongxin.performance.FactKind;
import cn.tongxin.shared.BusinessException;

/**
 * An upper committee's office assigns its members to the committees below where they live; each committee lists the
 * upper members living in its area with their submissions to their own committee in a year (提案, 社情民意信息, 微建议,
 * as their performance records count them: {@link FactKind#PROPOSAL_SUBMITTED} and the like, by the date submitted).
 */
@Service
@Transactional
public class ResidentMembers {

    private static final List<String> SUBMISSIONS = List.of(FactKind.PROPOSAL_SUBMITTED.name(), FactKind.REPORT_SUBMITTED.name(),
            FactKind.SUGGESTION_SUBMITTED.name());

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Members members;
    private final CommitteeAccess committees;
    private final Organization organization;
    private final AuditLog audit;
    private final Clock clock;

    ResidentMembers(JdbcClient jdbc, CurrentUsers currentUsers, Members members, CommitteeAccess committees, Organization organization,
                    AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.members = members;
        this.committees = committees;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    /** An upper member living in this committee's area, and what they submitted upward in the year. */
    public record Resident(long memberId, String name, String committeeName, long proposals, long reports, long suggestions) {
        public long total() {
            return proposals + reports + suggestions;
        }
    }

    /** One of this committee's members assigned to a committee below. */
    public record Assignment(long memberId, String name, long committeeId, String committeeName) {
    }

    public record Overview(int year, List<Resident> residents, List<Assignment> assigned, List<CommitteeView> below) {
        public long total() {
            return residents.stream().mapToLong(Resident::total).sum();
        }
    }

    @Transactional(readOnly = true)
    public Overview overview(Integer year) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < 1949 || y > 2200) {
            throw BusinessException.invalid("年度不正确");
        }
        List<Resident> residents = jdbc.sql("""
                select m.id, m.name, c.name as committee_name,
                       count(e.id) filter (where e.kind = 'PROPOSAL_SUBMITTED') as proposals,
                       count(e.id) filter (where e.kind = 'REPORT_SUBMITTED') as reports,
                       count(e.id) filter (where e.kind = 'SUGGESTION_SUBMITTED') as suggestions
                  from resident_member r join member m on m.id = r.member_id join committee c on c.id = m.committee_id
                  left join performance_entry e on e.committee_id = m.committee_id and e.member_id = m.id and e.year = :year
                       and e.status = 'COUNTED' and e.kind in (:kinds)
                 where r.committee_id = :committee
                 group by m.id, m.name, c.name, c.level order by c.level, c.name, m.name""")
                .param("committee", user.committeeId()).param("year", y).param("kinds", SUBMISSIONS)
                .query((rs, n) -> new Resident(rs.getLong("id"), rs.getString("name"), rs.getString("committee_name"),
                        rs.getLong("proposals"), rs.getLong("reports"), rs.getLong("suggestions"))).list();
        List<Assignment> assigned = jdbc.sql("""
                select m.id, m.name, c.id as committee_id, c.name as committee_name
                  from resident_member r join member m on m.id = r.member_id join committee c on c.id = r.committee_id
                 where m.committee_id = ? order by c.name, m.name""").param(user.committeeId())
                .query((rs, n) -> new Assignment(rs.getLong("id"), rs.getString("name"), rs.getLong("committee_id"),
                        rs.getString("committee_name"))).list();
        List<CommitteeView> below = organization.subtree(user.committeeId()).stream().filter(c -> c.id() != user.committeeId()).toList();
        return new Overview(y, residents, assigned, below);
    }

    /** Shows one of this committee's members at a committee below it. */
    public void assign(Long memberId, Long committeeId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (memberId == null) {
            throw BusinessException.invalid("请选择委员");
        }
        if (committeeId == null) {
            throw BusinessException.invalid("请选择驻地政协");
        }
        MemberView member = members.find(memberId).orElseThrow(() -> BusinessException.invalid("只能指派本会委员"));
        if (!committees.isBelow(committeeId, staff.committeeId())) {
            throw BusinessException.invalid("驻地政协须为本会下级政协");
        }
        try {
            jdbc.sql("insert into resident_member (committee_id, member_id, assigned_by) values (?, ?, ?)")
                    .params(committeeId, memberId, staff.username()).update();
        } catch (DuplicateKeyException e) {
            throw BusinessException.conflict(member.name() + "已列为该政协的驻地委员");
        }
        audit.record(staff.committeeId(), "指派驻地委员", "resident_member", memberId,
                member.name() + " → " + organization.committee(committeeId).map(CommitteeView::name).orElse(""));
    }

    public void remove(long memberId, long committeeId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        MemberView member = members.find(memberId).orElseThrow(() -> BusinessException.notFound("委员"));
        int removed = jdbc.sql("delete from resident_member where committee_id = ? and member_id = ?").params(committeeId, memberId).update();
        if (removed == 0) {
            throw BusinessException.notFound("驻地委员");
        }
        audit.record(staff.committeeId(), "撤销驻地委员", "resident_member", memberId, member.name());
    }
}
