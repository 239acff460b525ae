package cn.tongxin.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.proposal.internal.KeyProposalRecords;
import cn.tongxin.proposal.internal.Proposal;
import cn.tongxin.proposal.internal.ProposalJournal;
import cn.tongxin.proposal.internal.Proposals;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;

/** 重点提案 with the leaders who lead its supervision and the supervision held; 优秀提案 of a year. */
@Service
@Transactional
public class KeyProposals {

    private final CurrentUsers currentUsers;
    private final Proposals proposals;
    private final KeyProposalRecords records;
    private final Dictionaries dictionaries;
    private final ProposalJournal journal;
    private final Clock clock;

    KeyProposals(CurrentUsers currentUsers, Proposals proposals, KeyProposalRecords records, Dictionaries dictionaries,
                 ProposalJournal journal, Clock clock) {
        this.currentUsers = currentUsers;
        this.proposals = proposals;
        this.records = records;
        this.dictionaries = dictionaries;
        this.journal = journal;
        this.clock = clock;
    }

    /** 重点提案: shortlisted with the leaders who lead its supervision. */
    public void markKey(long id, List<String> leaders) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Proposal p = proposals.lock(staff.committeeId(), id);
        p.markKey(proposals.confirmedCosigners(id), Instant.now(clock));
        List<String> names = leaders == null ? List.of()
                : leaders.stream().map(Text::trimToNull).filter(Objects::nonNull).distinct().toList();
        if (names.isEmpty()) {
            throw BusinessException.invalid("请填写领衔督办的领导");
        }
        records.replaceLeaders(id, names);
        proposals.save(p);
        journal.record(staff.committeeId(), id, "列为重点提案", null, null, "领衔督办：" + String.join("、", names));
    }

    public void recordSupervision(long id, String kind, LocalDate heldOn, String note) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Proposal p = proposals.lock(staff.committeeId(), id);
        p.checkSupervisable();
        var label = dictionaries.label(staff.committeeId(), DictionaryKind.SUPERVISION_KIND, kind)
                .orElseThrow(() -> BusinessException.invalid("请选择督办方式"));
        if (heldOn == null) {
            throw BusinessException.invalid("请填写督办日期");
        }
        records.addSupervision(id, kind, heldOn, Text.trimToNull(note), staff.username());
        journal.record(staff.committeeId(), id, "督办", null, null, label + "（" + heldOn + "）");
    }

    /** 优秀提案 of a year (selected after the year). */
    public void markOutstanding(long id, int year, boolean outstanding) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Proposal p = proposals.lock(staff.committeeId(), id);
        p.markOutstanding(year, outstanding, proposals.confirmedCosigners(id), Instant.now(clock));
        proposals.save(p);
        journal.record(staff.committeeId(), id, outstanding ? "评为优秀提案" : "取消优秀提案", null, null,
                outstanding ? year + "年度" : null);
    }
}
