package cn.tongxin.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.handling.AssignRequest;
import cn.tongxin.handling.AssignToUnits;
import cn.tongxin.handling.HandlingEvents;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.handling.HandlingQueries;
import cn.tongxin.handling.RatingAndClosing;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.proposal.internal.ProposalStore;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/** After 立案: 交办 through the handling engine with the committee's deadlines, 办结 and reopening, key and outstanding. */
@Service
@Transactional
public class ProposalHandling {

    private final JdbcClient jdbc;
    private final ProposalStore store;
    private final CurrentUsers currentUsers;
    private final CommitteeSettings settings;
    private final Dictionaries dictionaries;
    private final AssignToUnits assign;
    private final RatingAndClosing closing;
    private final HandlingQueries handling;
    private final Timeline timeline;
    private final Clock clock;

    ProposalHandling(JdbcClient jdbc, ProposalStore store, CurrentUsers currentUsers, CommitteeSettings settings,
                     Dictionaries dictionaries, AssignToUnits assign, RatingAndClosing closing, HandlingQueries handling,
                     Timeline timeline, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.currentUsers = currentUsers;
        this.settings = settings;
        this.dictionaries = dictionaries;
        this.assign = assign;
        this.closing = closing;
        this.handling = handling;
        this.timeline = timeline;
        this.clock = clock;
    }

    public long assign(long id, HandlingMode mode, List<Long> responsibleUnits, List<Long> coUnits) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        ProposalStore.Locked p = store.lock(staff.committeeId(), id);
        var step = ProposalWorkflow.require(p.status(), ProposalAction.ASSIGN);
        if (mode == null) {
            throw BusinessException.invalid("请选择交办方式");
        }
        var request = new AssignRequest(SubjectRef.of(ProposalAccess.SUBJECT, id), p.title(), "/proposals/" + id, mode,
                responsibleUnits, coUnits, store.raters(id));
        long caseId = assign.assign(request);
        store.setStatus(id, step.to(), null);
        return caseId;
    }

    public void close(long id) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        ProposalStore.Locked p = store.lock(staff.committeeId(), id);
        var step = ProposalWorkflow.require(p.status(), ProposalAction.CLOSE);
        closing.close(SubjectRef.of(ProposalAccess.SUBJECT, id));
    }

    /** The proposal follows its case: closed by staff in the handling engine, in the same transaction. */
    @EventListener
    void on(HandlingEvents.CaseClosed event) {
        if (event.subject().type() != ProposalAccess.SUBJECT) {
            return;
        }
        ProposalStore.Locked p = store.lock(event.committeeId(), event.subject().id());
        var step = ProposalWorkflow.require(p.status(), ProposalAction.CLOSE);
        store.setStatus(p.id(), step.to(), "closed_at = now()");
        timeline.record(event.committeeId(), ProposalAccess.SUBJECT, p.id(), "办结", p.status().label(), step.to().label(), null);
    }

    public void reopen(long id, String reason) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        ProposalStore.Locked p = store.lock(staff.committeeId(), id);
        var step = ProposalWorkflow.require(p.status(), ProposalAction.REOPEN);
        if (Text.isBlank(reason)) {
            throw BusinessException.invalid("请填写重新打开的理由");
        }
        closing.reopen(SubjectRef.of(ProposalAccess.SUBJECT, id), reason.strip());
    }

    @EventListener
    void on(HandlingEvents.CaseReopened event) {
        if (event.subject().type() != ProposalAccess.SUBJECT) {
            return;
        }
        ProposalStore.Locked p = store.lock(event.committeeId(), event.subject().id());
        var step = ProposalWorkflow.require(p.status(), ProposalAction.REOPEN);
        store.setStatus(p.id(), step.to(), "closed_at = null");
        timeline.record(event.committeeId(), ProposalAccess.SUBJECT, p.id(), "重新打开", p.status().label(), step.to().label(), event.reason());
    }

    /** 重点提案: shortlisted with the leaders who lead its supervision. */
    public void markKey(long id, List<String> leaders) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        ProposalStore.Locked p = store.lock(staff.committeeId(), id);
        if (!List.of(ProposalStatus.FILED, ProposalStatus.HANDLING, ProposalStatus.CLOSED).contains(p.status())) {
            throw BusinessException.conflict("只有已立案的提案可以列为重点提案");
        }
        List<String> names = leaders == null ? List.of() : leaders.stream().map(Text::trimToNull).filter(java.util.Objects::nonNull).distinct().toList();
        if (names.isEmpty()) {
            throw BusinessException.invalid("请填写领衔督办的领导");
        }
        jdbc.sql("delete from proposal_key_leader where proposal_id = ?").param(id).update();
        names.forEach(n -> jdbc.sql("insert into proposal_key_leader (proposal_id, leader_name) values (?, ?)").params(id, n).update());
        jdbc.sql("update proposal set key_proposal = true, version = version + 1 where id = ?").param(id).update();
        timeline.record(staff.committeeId(), ProposalAccess.SUBJECT, id, "列为重点提案", null, null, "领衔督办：" + String.join("、", names));
    }

    public void recordSupervision(long id, String kind, LocalDate heldOn, String note) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        store.lock(staff.committeeId(), id);
        boolean key = jdbc.sql("select key_proposal from proposal where id = ?").param(id).query(Boolean.class).single();
        if (!key) {
            throw BusinessException.conflict("只有重点提案记录督办");
        }
        var label = dictionaries.label(staff.committeeId(), DictionaryKind.SUPERVISION_KIND, kind)
                .orElseThrow(() -> BusinessException.invalid("请选择督办方式"));
        if (heldOn == null) {
            throw BusinessException.invalid("请填写督办日期");
        }
        jdbc.sql("insert into proposal_supervision (proposal_id, kind, held_on, note, recorded_by) values (?, ?, ?, ?, ?)")
                .params(id, kind, heldOn, Text.trimToNull(note), staff.username()).update();
        timeline.record(staff.committeeId(), ProposalAccess.SUBJECT, id, "督办", null, null, label + "（" + heldOn + "）");
    }

    /** 优秀提案 of a year (selected after the year). */
    public void markOutstanding(long id, int year, boolean outstanding) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        ProposalStore.Locked p = store.lock(staff.committeeId(), id);
        if (p.status() != ProposalStatus.CLOSED && p.status() != ProposalStatus.HANDLING) {
            throw BusinessException.conflict("只有已交办办理的提案可以评为优秀提案");
        }
        jdbc.sql("update proposal set outstanding = ?, outstanding_year = ?, version = version + 1 where id = ?")
                .params(outstanding, outstanding ? year : null, id).update();
        timeline.record(staff.committeeId(), ProposalAccess.SUBJECT, id, outstanding ? "评为优秀提案" : "取消优秀提案",
                null, null, outstanding ? year + "年度" : null);
    }
}
