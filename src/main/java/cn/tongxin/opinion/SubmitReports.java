package cn.tongxin.opinion;

import cn.tongxin.shared.SubjectType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.opinion.internal.ReportStore;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.organization.OrgUnit;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.proposal.ProposalEvents;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/** Members, correspondents, parties and groups, units' liaison officers (and staff on their behalf) submit reports. */
@Service
@Transactional
public class SubmitReports {

    static final SubjectType SUBJECT = SubjectType.OPINION_REPORT;
    private final JdbcClient jdbc;
    private final ReportStore store;
    private final CurrentUsers currentUsers;
    private final Members members;
    private final Organization organization;
    private final Dictionaries dictionaries;
    private final CommitteeSettings settings;
    private final Attachments attachments;
    private final Timeline timeline;
    private final Notifications notifications;
    private final Clock clock;

    SubmitReports(JdbcClient jdbc, ReportStore store, CurrentUsers currentUsers, Members members, Organization organization,
                  Dictionaries dictionaries, CommitteeSettings settings, Attachments attachments, Timeline timeline,
                  Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.currentUsers = currentUsers;
        this.members = members;
        this.organization = organization;
        this.dictionaries = dictionaries;
        this.settings = settings;
        this.attachments = attachments;
        this.timeline = timeline;
        this.notifications = notifications;
        this.clock = clock;
    }

    public long submit(ReportForm form, List<Upload> files) {
        CurrentUser user = currentUsers.require(Role.MEMBER, Role.CORRESPONDENT, Role.UNIT, Role.ADMIN, Role.STAFF);
        String key = Text.trimToNull(form.requestKey());
        if (key == null || key.length() > 64) {
            throw BusinessException.invalid("表单已失效，请刷新页面后重新填写");
        }
        var existing = jdbc.sql("select id, submitter_account_id from opinion_report where committee_id = ? and request_key = ?")
                .params(user.committeeId(), key).query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).optional();
        if (existing.isPresent()) {
            if (existing.get().getValue() != user.id()) {
                throw BusinessException.conflict("表单已被使用，请刷新页面后重新填写");
            }
            return existing.get().getKey();
        }
        validate(user, form);
        boolean onBehalf = user.isOffice() && form.memberId() != null;
        MemberView member = onBehalf ? members.find(form.memberId()).orElseThrow()
                : user.has(Role.MEMBER) && user.memberId() != null ? members.find(user.memberId()).orElse(null) : null;
        OpinionSource source = user.has(Role.CORRESPONDENT) ? OpinionSource.CORRESPONDENT
                : form.sourceUnitId() != null ? OpinionSource.PARTY_GROUP
                : member != null ? OpinionSource.MEMBER
                : user.has(Role.UNIT) ? OpinionSource.UNIT : OpinionSource.STAFF;
        long id = jdbc.sql("""
                insert into opinion_report (committee_id, request_key, status, title, body, category, source, source_unit_id,
                       submitter_account_id, on_behalf, submitted_at)
                values (?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(user.committeeId(), key, form.title().strip(), form.body().strip(), form.category(), source.name(),
                        form.sourceUnitId(), user.id(), onBehalf, Timestamp.from(Instant.now(clock)))
                .query(Long.class).single();
        int position = 0;
        if (member != null) {
            store.addAuthor(id, position++, member.id(), onBehalf ? null : user.id(), member.name());
        } else {
            store.addAuthor(id, position++, null, user.id(), user.displayName());
        }
        if (form.coAuthorIds() != null) {
            for (Long coAuthor : form.coAuthorIds().stream().distinct().toList()) {
                if (member != null && coAuthor.equals(member.id())) {
                    continue;
                }
                MemberView m = members.find(coAuthor).orElseThrow(() -> BusinessException.invalid("所选联名作者不存在"));
                store.addAuthor(id, position++, m.id(), null, m.name());
            }
        }
        if (files != null) {
            for (Upload file : files) {
                if (!file.isEmpty()) {
                    attachments.store(user.committeeId(), SUBJECT, id, file);
                }
            }
        }
        timeline.record(user.committeeId(), SUBJECT, id, "报送", null, OpinionStatus.SUBMITTED.label(),
                onBehalf ? "工作人员代为录入" : source.label());
        notifications.notify(user.committeeId(), Recipient.staff(), "新社情民意信息：" + form.title().strip(), null, "/opinions/" + id);
        return id;
    }

    /** A returned report, revised by its submitter, goes back to triage. */
    public void resubmit(long id, String title, String body, int version) {
        CurrentUser user = currentUsers.get();
        ReportStore.Locked r = own(user, id);
        var step = OpinionWorkflow.require(r.status(), OpinionWorkflow.Action.RESUBMIT);
        if (r.version() != version) {
            throw BusinessException.conflict("该信息已被修改，请刷新后重试");
        }
        String category = jdbc.sql("select category from opinion_report where id = ?").param(id).query(String.class).single();
        validate(user, new ReportForm(null, title, body, category, null, null, null));
        store.setStatus(id, step.to(), "title = ?, body = ?, submitted_at = ?", title.strip(), body.strip(),
                Timestamp.from(Instant.now(clock)));
        timeline.record(user.committeeId(), SUBJECT, id, "重新报送", r.status().label(), step.to().label(), null);
    }

    public void withdraw(long id) {
        CurrentUser user = currentUsers.get();
        ReportStore.Locked r = own(user, id);
        var step = OpinionWorkflow.require(r.status(), OpinionWorkflow.Action.WITHDRAW);
        store.setStatus(id, step.to(), null);
        timeline.record(user.committeeId(), SUBJECT, id, "撤回", r.status().label(), step.to().label(), null);
    }

    /** A proposal not filed and converted: the report is created once, linked to the proposal. */
    @ApplicationModuleListener
    void on(ProposalEvents.ConvertedToOpinionReport event) {
        var id = jdbc.sql("""
                insert into opinion_report (committee_id, request_key, status, title, body, category, source, submitter_account_id,
                       on_behalf, proposal_id, submitted_at)
                values (?, ?, 'SUBMITTED', ?, ?, 'OTHER', ?, ?, true, ?, ?)
                on conflict (committee_id, request_key) do nothing returning id""")
                .params(event.committeeId(), "proposal-" + event.proposalId(), event.title(),
                        event.text() == null || event.text().isBlank() ? event.title() : event.text(),
                        event.leadMemberId() == null ? OpinionSource.STAFF.name() : OpinionSource.MEMBER.name(),
                        event.staffAccountId(), event.proposalId(), Timestamp.from(Instant.now(clock)))
                .query(Long.class).optional();
        if (id.isEmpty()) {
            return;
        }
        store.addAuthor(id.get(), 0, event.leadMemberId(), null, event.leadMemberName() == null ? "机关" : event.leadMemberName());
        timeline.record(event.committeeId(), SUBJECT, id.get(), "由提案转来", null, OpinionStatus.SUBMITTED.label(),
                "不予立案的提案转为社情民意信息");
    }

    private ReportStore.Locked own(CurrentUser user, long id) {
        ReportStore.Locked r = store.lock(user.committeeId(), id);
        if (r.submitterAccountId() != user.id()) {
            throw user.isOffice() ? BusinessException.forbidden("只有报送人可以修改或撤回") : BusinessException.notFound("社情民意信息");
        }
        return r;
    }

    private void validate(CurrentUser user, ReportForm form) {
        var errors = new FieldErrors.Collector();
        int max = settings.value(user.committeeId(), SettingKey.OPINION_REPORT_MAX_CHARS);
        if (Text.isBlank(form.title()) || form.title().strip().length() > 200) {
            errors.add("title", "请填写标题（不超过200个字）");
        }
        if (Text.isBlank(form.body())) {
            errors.add("body", "请填写内容");
        } else if (form.body().strip().length() > max) {
            errors.add("body", "内容共" + form.body().strip().length() + "字，超过" + max + "字的上限（一事一报）");
        }
        if (!dictionaries.contains(user.committeeId(), DictionaryKind.PROPOSAL_CATEGORY, form.category())) {
            errors.add("category", "请选择分类");
        }
        if (form.memberId() != null && (!user.isOffice() || members.find(form.memberId()).isEmpty())) {
            errors.add("memberId", user.isOffice() ? "所选委员不存在" : "只有工作人员可以代委员报送");
        }
        if (form.sourceUnitId() != null) {
            List<OrgUnit> groups = organization.affiliations().stream()
                    .filter(u -> u.kind() == OrgUnitKind.PARTY || u.kind() == OrgUnitKind.GROUP).toList();
            if (groups.stream().noneMatch(u -> u.id() == form.sourceUnitId())) {
                errors.add("sourceUnitId", "所选党派团体不存在");
            } else if (!user.isOffice()) {
                MemberView me = user.memberId() == null ? null : members.find(user.memberId()).orElse(null);
                if (me == null || !form.sourceUnitId().equals(me.affiliationId())) {
                    errors.add("sourceUnitId", "只能以本人所在党派团体的名义报送");
                }
            }
        }
        errors.throwIfAny();
    }
}
