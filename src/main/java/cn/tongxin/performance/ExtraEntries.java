package cn.tongxin.performance;

import static cn.tongxin.performance.Entry.EntryStatus.CLAIMED;
import static cn.tongxin.performance.Entry.EntryStatus.COUNTED;
import static cn.tongxin.performance.Entry.EntryStatus.REFUSED;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.attachment.AttachmentInfo;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.performance.Entry.EntryStatus;
import cn.tongxin.performance.Entry.Origin;
import cn.tongxin.performance.internal.ExtraEntryStore;
import cn.tongxin.performance.internal.ExtraEntryStore.NewRow;
import cn.tongxin.performance.internal.ExtraEntryStore.Row;
import cn.tongxin.performance.internal.Ledger.MemberYear;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.RequestKeys;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Labelled;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;
import cn.tongxin.shared.TransitionTable;

/**
 * What no module records (参加上级政协活动, 公益捐助, 获奖, 培训 …), with evidence: staff add it for a member and it counts
 * at once; a member claims it for themselves and staff approve (it counts) or refuse it with a reason (the member still
 * sees it), or the member withdraws it while pending. Staff correct or delete an entry with a reason. Every step is
 * audited and recomputes the member's year in the same transaction.
 */
@Service
@Transactional
public class ExtraEntries {

    public static final SubjectType SUBJECT = SubjectType.PERFORMANCE_ENTRY;
    private static final String AUDIT_TARGET = "performance_entry";
    private static final int MAX_FILES = 10;

    /** The steps on an entry once it exists. Withdraw and delete remove it (their "to" is never stored). */
    public enum Step implements Labelled {
        APPROVE("通过"), REFUSE("不予通过"), WITHDRAW("撤回"), CORRECT("更正"), DELETE("删除");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Party { CLAIMANT, STAFF }

    public static final TransitionTable<EntryStatus, Step, Party> WORKFLOW =
            TransitionTable.<EntryStatus, Step, Party>of("该履职记录")
                    .add(Step.APPROVE, COUNTED, Party.STAFF, CLAIMED)
                    .add(Step.REFUSE, REFUSED, Party.STAFF, CLAIMED)
                    .add(Step.WITHDRAW, CLAIMED, Party.CLAIMANT, CLAIMED)
                    .keep(Step.CORRECT, Party.STAFF, COUNTED)
                    .keep(Step.DELETE, Party.STAFF, COUNTED)
                    .build();

    public record ExtraEntry(long id, long memberId, String memberName, LocalDate happenedOn, ExtraKind kind, String title,
                             String note, Origin origin, EntryStatus status, String decisionNote, String createdBy,
                             String decidedBy, Instant decidedAt, int version, String link) {
    }

    public record EntryPage(ExtraEntry entry, List<AttachmentInfo> evidence, List<Step> actions) {

        /** For pages: whether the current user may take the step named so. */
        public boolean offers(String step) {
            return actions.stream().anyMatch(a -> a.name().equals(step));
        }
    }

    private final ExtraEntryStore store;
    private final Scores scores;
    private final CurrentUsers currentUsers;
    private final Members members;
    private final Attachments attachments;
    private final AuditLog audit;
    private final Notifications notifications;
    private final Clock clock;
    private final RequestKeys requestKeys;

    ExtraEntries(ExtraEntryStore store, Scores scores, CurrentUsers currentUsers, Members members, Attachments attachments,
                 AuditLog audit, Notifications notifications, Clock clock, RequestKeys requestKeys) {
        this.requestKeys = requestKeys;
        this.store = store;
        this.scores = scores;
        this.currentUsers = currentUsers;
        this.members = members;
        this.attachments = attachments;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Staff add an entry for a member of their committee; it counts at once. */
    public long add(ExtraEntryForm form, List<Upload> evidence) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        return create(staff, form, evidence, Origin.STAFF);
    }

    /** A member claims an entry for themselves (evidence required); it waits for staff. */
    public long claim(ExtraEntryForm form, List<Upload> evidence) {
        CurrentUser member = currentUsers.require(Role.MEMBER);
        if (member.memberId() == null) {
            throw BusinessException.forbidden("当前账号未关联委员，不能申报");
        }
        var own = new ExtraEntryForm(form.requestKey(), member.memberId(), form.happenedOn(), form.kind(), form.title(), form.note());
        return create(member, own, evidence, Origin.CLAIM);
    }

    private long create(CurrentUser user, ExtraEntryForm form, List<Upload> evidence, Origin origin) {
        String key = Text.trimToNull(form.requestKey());
        if (key != null && key.length() > 64) {
            throw BusinessException.invalid("表单已失效，请刷新页面后重新填写");
        }
        if (key == null) {
            return createOnce(user, null, form, evidence, origin);
        }
        var request = new RequestKeys.Request(user.committeeId(), SUBJECT, key, user.username(),
                RequestKeys.fingerprint(origin, form, evidence));
        return requestKeys.once(request, () -> createOnce(user, key, form, evidence, origin));
    }

    private long createOnce(CurrentUser user, String key, ExtraEntryForm form, List<Upload> evidence, Origin origin) {
        if (key != null) {
            var existing = store.byRequestKey(user.committeeId(), key);
            if (existing.isPresent()) {
                // a key used before request keys were recorded
                return existing.get();
            }
        }
        List<Upload> files = evidence == null ? List.of() : evidence.stream().filter(u -> !u.isEmpty()).toList();
        var errors = new FieldErrors.Collector();
        MemberView member = origin == Origin.STAFF ? checkMember(form.memberId(), errors) : members.find(form.memberId()).orElse(null);
        ExtraEntryForm.Checked c = form.check(LocalDate.now(clock), errors);
        if (origin == Origin.CLAIM && files.isEmpty()) {
            errors.add("files", "请上传证明材料（PDF、Word 或图片）");
        }
        ExtraEntryForm.checkFiles(files, MAX_FILES, errors);
        errors.throwIfAny();
        if (member == null) {
            throw BusinessException.notFound("委员");
        }
        EntryStatus status = origin == Origin.STAFF ? COUNTED : CLAIMED;
        var inserted = store.insert(user.committeeId(), new NewRow(member.id(), c.on(), c.kind(), c.title(), c.note(), origin,
                status, user.username(), key));
        if (inserted.isEmpty()) {
            // the same form arrived twice at once: the first one made it
            return store.byRequestKey(user.committeeId(), key).orElseThrow();
        }
        long id = inserted.get();
        files.forEach(f -> attachments.store(user.committeeId(), SUBJECT, id, f));
        audit.record(user.committeeId(), origin == Origin.STAFF ? "补录履职记录" : "申报履职记录", AUDIT_TARGET, id,
                describe(member, c.kind(), c.title(), null));
        if (origin == Origin.CLAIM) {
            notifications.notify(user.committeeId(), Recipient.staff(), "履职申报待审核：" + member.name() + "“" + c.title() + "”",
                    null, ExtraEntryStore.link(id));
        }
        refresh(user.committeeId(), member.id(), c.on().getYear());
        return id;
    }

    public void approve(long id, Integer version) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Row row = step(staff, id, version, Step.APPROVE);
        save(store.decide(staff.committeeId(), id, row.version(), COUNTED, null, staff.username()));
        audit.record(staff.committeeId(), "通过履职申报", AUDIT_TARGET, id, describe(row, null));
        notifications.notify(staff.committeeId(), Recipient.member(row.memberId()), "您申报的“" + row.title() + "”已通过审核，计入履职档案",
                null, ExtraEntryStore.link(id));
        refresh(staff.committeeId(), row.memberId(), row.year());
    }

    public void refuse(long id, Integer version, String reason) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        String why = reason("不予通过", reason);
        Row row = step(staff, id, version, Step.REFUSE);
        save(store.decide(staff.committeeId(), id, row.version(), REFUSED, why, staff.username()));
        audit.record(staff.committeeId(), "不予通过履职申报", AUDIT_TARGET, id, describe(row, why));
        notifications.notify(staff.committeeId(), Recipient.member(row.memberId()), "您申报的“" + row.title() + "”未通过审核：" + why,
                null, ExtraEntryStore.link(id));
        refresh(staff.committeeId(), row.memberId(), row.year());
    }

    /** The member takes back a claim staff have not decided yet; it is removed. */
    public void withdraw(long id, Integer version) {
        CurrentUser member = currentUsers.require(Role.MEMBER);
        Row row = step(member, id, version, Step.WITHDRAW);
        save(store.delete(member.committeeId(), id, row.version()));
        audit.record(member.committeeId(), "撤回履职申报", AUDIT_TARGET, id, describe(row, null));
        refresh(member.committeeId(), row.memberId(), row.year());
    }

    public void correct(long id, int version, ExtraEntryForm form, String reason) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        var errors = new FieldErrors.Collector();
        ExtraEntryForm.Checked c = form.check(LocalDate.now(clock), errors);
        if (Text.isBlank(reason) || reason.strip().length() > 500) {
            errors.add("reason", "请填写更正理由（不超过500个字）");
        }
        errors.throwIfAny();
        Row row = step(staff, id, version, Step.CORRECT);
        save(store.correct(staff.committeeId(), id, row.version(), c.on(), c.kind(), c.title(), c.note(), reason.strip(), staff.username()));
        audit.record(staff.committeeId(), "更正履职记录", AUDIT_TARGET, id, describe(row, reason.strip())
                + "；更正为 " + c.on() + " " + c.kind().label() + "“" + c.title() + "”");
        // a corrected date may move the entry to another year: both years follow
        scores.refresh(staff.committeeId(), new HashSet<>(List.of(new MemberYear(row.memberId(), row.year()),
                new MemberYear(row.memberId(), c.on().getYear()))));
    }

    public void delete(long id, Integer version, String reason) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        String why = reason("删除", reason);
        Row row = step(staff, id, version, Step.DELETE);
        save(store.delete(staff.committeeId(), id, row.version()));
        audit.record(staff.committeeId(), "删除履职记录", AUDIT_TARGET, id, describe(row, why));
        refresh(staff.committeeId(), row.memberId(), row.year());
    }

    /** One entry with its evidence and what the current user may do with it; a member sees only their own. */
    @Transactional(readOnly = true)
    public EntryPage page(long id) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
        Row row = visible(user, id);
        var name = members.find(row.memberId()).map(MemberView::name).orElse("");
        return new EntryPage(view(row, name), attachments.list(user.committeeId(), SUBJECT, id),
                WORKFLOW.actions(row.status(), parties(user, row)));
    }

    /** Staff: claims by status (pending when none is given). A member: their own claims and entries, any status. */
    @Transactional(readOnly = true)
    public PageResult<ExtraEntry> claims(EntryStatus status, PageQuery page) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
        PageResult<Row> rows = user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)
                ? store.list(user.committeeId(), status == null ? CLAIMED : status, null, true, page)
                : store.list(user.committeeId(), status, ownMember(user), false, page);
        Map<Long, String> names = members.active().stream().collect(Collectors.toMap(MemberView::id, MemberView::name, (a, b) -> a));
        Function<Row, String> name = r -> names.computeIfAbsent(r.memberId(), m -> members.find(m).map(MemberView::name).orElse(""));
        return rows.map(r -> view(r, name.apply(r)));
    }

    /** An evidence file of an entry the current user may see. */
    @Transactional(readOnly = true)
    public Attachments.StoredFile evidence(long id, long fileId) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
        visible(user, id);
        return attachments.content(user.committeeId(), SUBJECT, id, fileId).orElseThrow(() -> BusinessException.notFound("证明材料"));
    }

    private Row visible(CurrentUser user, long id) {
        Row row = store.find(user.committeeId(), id).orElseThrow(() -> BusinessException.notFound("履职记录"));
        if (!user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER) && !Objects.equals(user.memberId(), row.memberId())) {
            throw BusinessException.notFound("履职记录");
        }
        return row;
    }

    /** Locks the entry, checks the step for this user and the version they read. */
    private Row step(CurrentUser user, long id, Integer version, Step step) {
        Row row = store.lock(user.committeeId(), id).orElseThrow(() -> BusinessException.notFound("履职记录"));
        if (!user.isOffice() && !Objects.equals(user.memberId(), row.memberId())) {
            throw BusinessException.notFound("履职记录");
        }
        WORKFLOW.require(row.status(), step, parties(user, row));
        if (version != null && version != row.version()) {
            throw BusinessException.conflict("该履职记录已被他人修改，请刷新后重试");
        }
        return row;
    }

    private static Set<Party> parties(CurrentUser user, Row row) {
        Set<Party> as = EnumSet.noneOf(Party.class);
        if (user.isOffice()) {
            as.add(Party.STAFF);
        }
        if (row.origin() == Origin.CLAIM && user.memberId() != null && user.memberId() == row.memberId()) {
            as.add(Party.CLAIMANT);
        }
        return as;
    }

    private static void save(boolean written) {
        if (!written) {
            throw BusinessException.conflict("该履职记录已被他人修改，请刷新后重试");
        }
    }

    private Long ownMember(CurrentUser user) {
        if (user.memberId() == null) {
            throw BusinessException.forbidden("当前账号未关联委员");
        }
        return user.memberId();
    }

    private MemberView checkMember(Long memberId, FieldErrors.Collector errors) {
        if (memberId == null) {
            errors.add("memberId", "请选择委员");
            return null;
        }
        var member = members.find(memberId);
        if (member.isEmpty()) {
            errors.add("memberId", "本会没有该委员");
        }
        return member.orElse(null);
    }

    private static String reason(String step, String reason) {
        if (Text.isBlank(reason)) {
            throw new FieldErrors("请填写" + step + "的理由", List.of(new FieldErrors.FieldError("reason", "请填写理由")));
        }
        if (reason.strip().length() > 500) {
            throw new FieldErrors("理由不能超过500个字", List.of(new FieldErrors.FieldError("reason", "理由不能超过500个字")));
        }
        return reason.strip();
    }

    private void refresh(long committeeId, long memberId, int year) {
        scores.refresh(committeeId, Set.of(new MemberYear(memberId, year)));
    }

    private String describe(Row row, String reason) {
        String name = members.find(row.memberId()).map(MemberView::name).orElse("");
        return "委员" + name + "（" + row.memberId() + "）" + row.happenedOn() + " " + row.kind().label() + "“" + row.title() + "”"
                + (reason == null ? "" : "；理由：" + reason);
    }

    private static String describe(MemberView member, ExtraKind kind, String title, String reason) {
        return "委员" + member.name() + "（" + member.id() + "）" + kind.label() + "“" + title + "”" + (reason == null ? "" : "；理由：" + reason);
    }

    private static ExtraEntry view(Row r, String memberName) {
        return new ExtraEntry(r.id(), r.memberId(), memberName, r.happenedOn(), r.kind(), r.title(), r.note(), r.origin(), r.status(),
                r.decisionNote(), r.createdBy(), r.decidedBy(), r.decidedAt(), r.version(), ExtraEntryStore.link(r.id()));
    }
}
