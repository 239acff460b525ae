package cn.tongxin.member.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.shared.Spreadsheets;
import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.member.MemberCriteria;
import cn.tongxin.member.MemberView;

/** Writes the filtered roster as .xlsx with the same headers the import reads. */
@Service
public class RosterExport {

    private final MemberQueries queries;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    RosterExport(MemberQueries queries, CurrentUsers currentUsers, AuditLog audit) {
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    @Transactional
    public void write(MemberCriteria criteria, OutputStream out) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        List<MemberView> members = queries.all(staff.committeeId(), criteria);
        List<List<String>> head = Arrays.stream(RosterColumn.values()).map(c -> List.of(c.header)).toList();
        List<List<Object>> rows = new ArrayList<>(members.size());
        for (MemberView m : members) {
            rows.add(Arrays.asList(m.name(), m.gender().label(), m.ethnicity(),
                    m.birthDate(), m.affiliationName(), m.sectorName(),
                    m.specialCommitteeName(), m.studioName(), m.employerTitle(), m.mobile(), m.standing() ? "是" : "否",
                    m.termName(), m.status().label()));
        }
        Spreadsheets.write(out).head(head).sheet("委员名册").doWrite(rows);
        audit.record(staff.committeeId(), "导出委员名册", "member", null, members.size() + "人");
    }
}
