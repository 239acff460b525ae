package cn.tongxin.proposal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.SessionView;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.proposal.internal.ProposalStore;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/** 审查 by the proposals office: 立案 (numbered), 不予立案, 并案, 退回修改; optionally 初审 before 复审. */
@Service
@Transactional
public class ReviewProposals {

    public enum Conversion { OPINION_REPORT, LETTER }

    private final JdbcClient jdbc;
    private final ProposalStore store;
    private final CurrentUsers currentUsers;
    private final CommitteeSettings settings;
    private final Dictionaries dictionaries;
    private final Organization organization;
    private final Timeline timeline;
    private final Notifications notifications;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ReviewProposals(JdbcClient jdbc, ProposalStore store, CurrentUsers currentUsers, CommitteeSettings settings,
                    Dictionaries dictionaries, Organization organization, Timeline timeline, Notifications notifications,
                    Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.store = store;
        this.currentUsers = currentUsers;
        this.settings = settings;
        this.dictionaries = dictionaries;
        this.organization = organization;
        this.timeline = timeline;
        this.notifications = notifications;
        this.clock = clock;
    }

    public void preApprove(long id, String note) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (!settings.enabled(staff.committeeId(), SettingKey.TWO_STEP_REVIEW)) {
            throw BusinessException.conflict("本会未启用两级审查，请直接审查");
        }
        ProposalStore.Locked p = store.lock(staff.committeeId(), id);
        var step = ProposalWorkflow.require(p.status(), ProposalAction.PRE_APPROVE);
        store.setStatus(id, step.to(), "review_note = ?", Text.trimToNull(note));
        record(staff, p, "初审通过", step.to(), note);
    }

    /** 立案: the next number of the session, gap-free and unique even when several staff file at once. */
    public String file(long id, String note) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        ProposalStore.Locked p = store.lock(staff.committeeId(), id);
        var step = ProposalWorkflow.require(p.status(), ProposalAction.FILE);
        if (p.status() == ProposalStatus.SUBMITTED && settings.enabled(staff.committeeId(), SettingKey.TWO_STEP_REVIEW)) {
            throw BusinessException.conflict("本会实行两级审查，须先初审通过再立案");
        }
        jdbc.sql("""
                insert into proposal_number_counter (committee_id, session_id, session_proposal, last_number)
                values (?, ?, ?, 0) on conflict do nothing""")
                .params(staff.committeeId(), p.sessionId(), p.sessionProposal()).update();
        int number = jdbc.sql("""
                update proposal_number_counter set last_number = last_number + 1
                 where committee_id = ? and session_id = ? and session_proposal = ? returning last_number""")
                .params(staff.committeeId(), p.sessionId(), p.sessionProposal()).query(Integer.class).single();
        String sessionName = organization.sessions().stream().filter(s -> s.id() == p.sessionId()).map(SessionView::name)
                .findFirst().orElse("");
        String numberText = sessionName + (p.sessionProposal() ? "" : "平时提案") + "第" + String.format("%04d", number) + "号";
        Instant now = Instant.now(clock);
        store.setStatus(id, step.to(), "number = ?, number_text = ?, filed_at = ?, reviewed_at = ?, review_note = ?",
                number, numberText, Timestamp.from(now), Timestamp.from(now), Text.trimToNull(note));
        record(staff, p, "立案", step.to(), numberText + (Text.isBlank(note) ? "" : "；" + note.strip()));
        tellProposers(staff, p, "提案已立案：" + p.title(), numberText);
        return numberText;
    }

    /** 不予立案 with a reason from the dictionary; the proposer always sees the reason. */
    public void reject(long id, String reason, String note, Conversion conversion) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        ProposalStore.Locked p = store.lock(staff.committeeId(), id);
        var step = ProposalWorkflow.require(p.status(), ProposalAction.REJECT);
        var label = dictionaries.label(staff.committeeId(), DictionaryKind.NOT_FILED_REASON, reason)
                .orElseThrow(() -> BusinessException.invalid("请选择不予立案的理由"));
        store.setStatus(id, step.to(), "not_filed_reason = ?, review_note = ?, conversion = ?, reviewed_at = ?",
                reason, Text.trimToNull(note), conversion == null ? null : conversion.name(), Timestamp.from(Instant.now(clock)));
        String converted = conversion == null ? "" : conversion == Conversion.OPINION_REPORT ? "；转为社情民意信息" : "；转委员来信";
        record(staff, p, "不予立案", step.to(), label + (Text.isBlank(note) ? "" : "。" + note.strip()) + converted);
        tellProposers(staff, p, "提案不予立案：" + p.title(), "理由：" + label + converted);
        if (conversion == Conversion.OPINION_REPORT) {
            var view = store.view(staff.committeeId(), id).orElseThrow();
            String text = view.body() != null ? view.body()
                    : String.join("\n", java.util.stream.Stream.of(view.situation(), view.analysis(), view.suggestions())
                    .filter(java.util.Objects::nonNull).toList());
            events.publishEvent(new ProposalEvents.ConvertedToOpinionReport(staff.committeeId(), id, p.title(), text,
                    view.leadMemberId(), view.leadMemberName(), staff.id()));
        }
    }

    /** 并案 into another filed proposal: handled once, every proposer rates and gets the reply. */
    public void merge(long id, long targetId, String note) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (id == targetId) {
            throw BusinessException.invalid("不能并入提案本身");
        }
        ProposalStore.Locked target = store.lock(staff.committeeId(), targetId);
        if (target.status() != ProposalStatus.FILED) {
            throw BusinessException.conflict("只能并入已立案、尚未交办的提案");
        }
        ProposalStore.Locked p = store.lock(staff.committeeId(), id);
        var step = ProposalWorkflow.require(p.status(), ProposalAction.MERGE);
        store.setStatus(id, step.to(), "merged_into_id = ?, review_note = ?, reviewed_at = ?", targetId,
                Text.trimToNull(note), Timestamp.from(Instant.now(clock)));
        String targetNumber = jdbc.sql("select number_text from proposal where id = ?").param(targetId).query(String.class).single();
        record(staff, p, "并案", step.to(), "并入" + targetNumber + "《" + target.title() + "》");
        timeline.record(staff.committeeId(), ProposalAccess.SUBJECT, targetId, "并入提案", null, null, "《" + p.title() + "》");
        tellProposers(staff, p, "提案已并案办理：" + p.title(), "并入" + targetNumber + "，答复时您将一并收到");
    }

    public void returnForRevision(long id, String comments) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        ProposalStore.Locked p = store.lock(staff.committeeId(), id);
        var step = ProposalWorkflow.require(p.status(), ProposalAction.RETURN);
        if (Text.isBlank(comments)) {
            throw BusinessException.invalid("请填写修改意见");
        }
        store.setStatus(id, step.to(), "review_note = ?", comments.strip());
        record(staff, p, "退回修改", step.to(), comments.strip());
        tellProposers(staff, p, "提案退回修改：" + p.title(), comments.strip());
    }

    private void record(CurrentUser staff, ProposalStore.Locked p, String action, ProposalStatus to, String comment) {
        timeline.record(staff.committeeId(), ProposalAccess.SUBJECT, p.id(), action, p.status().label(), to.label(),
                Text.trimToNull(comment));
    }

    private void tellProposers(CurrentUser staff, ProposalStore.Locked p, String title, String body) {
        store.raters(p.id()).forEach(m -> notifications.notify(staff.committeeId(), Recipient.member(m), title, body,
                "/proposals/" + p.id()));
    }
}
