package cn.tongxin.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.handling.AssignRequest;
import cn.tongxin.handling.AssignToUnits;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.handling.HandlingQueries;
import cn.tongxin.handling.RatingAndClosing;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.proposal.internal.Proposal;
import cn.tongxin.proposal.internal.ProposalJournal;
import cn.tongxin.proposal.internal.ProposalStore;
import cn.tongxin.proposal.internal.Proposals;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;

/** After 立案: 交办 through the handling engine with the committee's deadlines, 办结 and reopening. */
@Service
@Transactional
public class ProposalHandling {

    private final CurrentUsers currentUsers;
    private final Proposals proposals;
    private final ProposalStore store;
    private final CommitteeSettings settings;
    private final AssignToUnits assign;
    private final RatingAndClosing closing;
    private final HandlingQueries handling;
    private final ProposalJournal journal;
    private final Clock clock;

    ProposalHandling(CurrentUsers currentUsers, Proposals proposals, ProposalStore store, CommitteeSettings settings,
                     AssignToUnits assign, RatingAndClosing closing, HandlingQueries handling, ProposalJournal journal,
                     Clock clock) {
        this.currentUsers = currentUsers;
        this.proposals = proposals;
        this.store = store;
        this.settings = settings;
        this.assign = assign;
        this.closing = closing;
        this.handling = handling;
        this.journal = journal;
        this.clock = clock;
    }

    public long assign(long id, HandlingMode mode, List<Long> responsibleUnits, List<Long> coUnits) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Proposal p = proposals.lock(staff.committeeId(), id);
        ProposalWorkflow.TABLE.require(p.status(), ProposalAction.ASSIGN);
        if (mode == null) {
            throw BusinessException.invalid("请选择交办方式");
        }
        long c = staff.committeeId();
        LocalDate today = LocalDate.now(clock);
        var request = new AssignRequest(ProposalAccess.SUBJECT, id, p.title(), "/proposals/" + id, mode,
                responsibleUnits == null ? List.of() : responsibleUnits, coUnits == null ? List.of() : coUnits,
                store.raters(id),
                today.plusMonths(settings.value(c, SettingKey.REPLY_DEADLINE_MONTHS)),
                today.plusMonths(settings.value(c, SettingKey.EXTENSION_TOTAL_MAX_MONTHS)),
                mode == HandlingMode.LEAD_WITH_CO ? today.plusMonths(settings.value(c, SettingKey.CO_HANDLER_OPINION_MONTHS)) : null,
                today.plusDays(settings.value(c, SettingKey.OBJECTION_WINDOW_DAYS)),
                settings.value(c, SettingKey.RATING_WINDOW_DAYS), settings.value(c, SettingKey.REHANDLE_DEADLINE_MONTHS));
        long caseId = assign.assign(request);
        p.assign(Instant.now(clock));
        proposals.save(p);
        return caseId;
    }

    public void close(long id) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Proposal p = proposals.lock(staff.committeeId(), id);
        ProposalStatus from = p.status();
        ProposalWorkflow.TABLE.require(from, ProposalAction.CLOSE);
        closing.close(staff.committeeId(), caseId(staff, id));
        p.close(Instant.now(clock));
        proposals.save(p);
        journal.record(staff.committeeId(), id, "办结", from.label(), p.status().label(), null);
    }

    public void reopen(long id, String reason) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Proposal p = proposals.lock(staff.committeeId(), id);
        ProposalStatus from = p.status();
        ProposalWorkflow.TABLE.require(from, ProposalAction.REOPEN);
        if (Text.isBlank(reason)) {
            throw BusinessException.invalid("请填写重新打开的理由");
        }
        closing.reopen(staff.committeeId(), caseId(staff, id));
        p.reopen(Instant.now(clock));
        proposals.save(p);
        journal.record(staff.committeeId(), id, "重新打开", from.label(), p.status().label(), reason.strip());
    }

    private long caseId(CurrentUser staff, long id) {
        return handling.view(staff.committeeId(), ProposalAccess.SUBJECT, id).map(v -> v.id())
                .orElseThrow(() -> BusinessException.conflict("该提案尚未交办"));
    }
}
