package cn.tongxin.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.handling.AssignmentStatus;
import cn.tongxin.handling.CaseView;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.handling.HandlingQueries;
import cn.tongxin.handling.StaffOversight;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.HandlingUnitView;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.proposal.internal.BatchLedger;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.RequestKeys;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;

/**
 * The office's steps on several proposals at once: 立案, 交办 to the same units in the same mode, 催办 of the units
 * overdue. Each proposal goes through the single step's use case ({@link ReviewProposals#file},
 * {@link ProposalHandling#assign}, {@link StaffOversight#urge}) in its own transaction, so one refusal (a wrong status,
 * a change made meanwhile by someone else, an id that is not the committee's) leaves the others done; the batch records
 * per proposal what was done or why not. A request key makes a double submit answer with the first batch.
 */
@Service
public class ProposalBatches {

    public static final int MAX_ITEMS = 200;
    static final int MAX_NOTE = 500;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProposalBatches.class);
    private static final List<AssignmentStatus> AWAITING_REPLY = List.of(AssignmentStatus.ASSIGNED, AssignmentStatus.ACKNOWLEDGED);

    private final CurrentUsers currentUsers;
    private final ReviewProposals review;
    private final ProposalHandling handling;
    private final StaffOversight oversight;
    private final HandlingQueries handlingQueries;
    private final CommitteeSettings settings;
    private final Organization organization;
    private final BatchLedger ledger;
    private final RequestKeys requestKeys;
    private final TransactionTemplate eachOnItsOwn;
    private final Clock clock;

    ProposalBatches(CurrentUsers currentUsers, ReviewProposals review, ProposalHandling handling, StaffOversight oversight,
                    HandlingQueries handlingQueries, CommitteeSettings settings, Organization organization, BatchLedger ledger,
                    RequestKeys requestKeys, PlatformTransactionManager transactions, Clock clock) {
        this.currentUsers = currentUsers;
        this.review = review;
        this.handling = handling;
        this.oversight = oversight;
        this.handlingQueries = handlingQueries;
        this.settings = settings;
        this.organization = organization;
        this.ledger = ledger;
        this.requestKeys = requestKeys;
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public record FileCommand(List<Long> ids, String note, String requestKey) {
    }

    public record AssignCommand(List<Long> ids, HandlingMode mode, List<Long> responsibleUnits, List<Long> coUnits,
                                String requestKey) {
    }

    public record UrgeCommand(List<Long> ids, String note, String requestKey) {
    }

    /** What confirming would do to each proposal, changing nothing: the confirmation step. */
    @Transactional(readOnly = true)
    public BatchResult preview(BatchAction action, List<Long> ids) {
        CurrentUser staff = staff();
        List<Long> wanted = distinct(ids);
        if (action == null) {
            throw BusinessException.invalid("请选择批量操作");
        }
        Map<Long, BatchLedger.Row> rows = ledger.rows(staff.committeeId(), wanted);
        boolean twoStep = settings.enabled(staff.committeeId(), SettingKey.TWO_STEP_REVIEW);
        List<BatchResult.Item> items = new ArrayList<>();
        for (long id : wanted) {
            BatchLedger.Row row = rows.get(id);
            if (row == null) {
                items.add(new BatchResult.Item(id, null, null, false, BusinessException.notFound("提案").getMessage()));
                continue;
            }
            String refusal = switch (action) {
                case FILE -> fileRefusal(row.status(), twoStep);
                case ASSIGN -> stepRefusal(row.status(), ProposalAction.ASSIGN);
                case URGE -> urgeRefusal(staff, row);
            };
            String would = refusal != null ? refusal : switch (action) {
                case FILE -> "将立案（按会议顺序编号）";
                case ASSIGN -> "将交办";
                case URGE -> "将催办：" + names(overdue(staff, row.id()));
            };
            items.add(new BatchResult.Item(id, row.numberText(), row.title(), refusal == null, would));
        }
        return new BatchResult(null, action, action.label(), staff.username(), null, items);
    }

    @Transactional
    public long file(FileCommand c) {
        CurrentUser staff = staff();
        List<Long> ids = distinct(c.ids());
        requireShort(c.note(), "立案意见");
        String decision = "立案" + (Text.isBlank(c.note()) ? "" : "；意见：" + c.note().strip());
        return once(staff, c.requestKey(), BatchAction.FILE, c, () -> run(staff, BatchAction.FILE, decision, ids,
                row -> "已立案，编号 " + review.file(row.id(), c.note())));
    }

    @Transactional
    public long assign(AssignCommand c) {
        CurrentUser staff = staff();
        List<Long> ids = distinct(c.ids());
        String decision = assignment(c);
        return once(staff, c.requestKey(), BatchAction.ASSIGN, c, () -> run(staff, BatchAction.ASSIGN, decision, ids, row -> {
            handling.assign(row.id(), c.mode(), c.responsibleUnits(), c.coUnits());
            return "已交办";
        }));
    }

    @Transactional
    public long urge(UrgeCommand c) {
        CurrentUser staff = staff();
        List<Long> ids = distinct(c.ids());
        requireShort(c.note(), "催办意见");
        String decision = "催办超期未答复的承办单位" + (Text.isBlank(c.note()) ? "" : "；催办意见：" + c.note().strip());
        return once(staff, c.requestKey(), BatchAction.URGE, c, () -> run(staff, BatchAction.URGE, decision, ids, row -> {
            String refusal = urgeRefusal(staff, row);
            if (refusal != null) {
                throw BusinessException.conflict(refusal);
            }
            List<CaseView.AssignmentView> late = overdue(staff, row.id());
            late.forEach(a -> oversight.urge(a.id(), c.note()));
            return "已催办：" + names(late);
        }));
    }

    @Transactional(readOnly = true)
    public BatchResult result(long batchId) {
        CurrentUser staff = staff();
        return ledger.find(staff.committeeId(), batchId).orElseThrow(() -> BusinessException.notFound("批量处理记录"));
    }

    private CurrentUser staff() {
        return currentUsers.require(Role.ADMIN, Role.STAFF);
    }

    private long once(CurrentUser staff, String requestKey, BatchAction action, Record command,
                      java.util.function.LongSupplier batch) {
        String key = Text.trimToNull(requestKey);
        if (key == null) {
            return batch.getAsLong();
        }
        if (key.length() > 64) {
            throw BusinessException.invalid("表单已失效，请刷新页面后重新操作");
        }
        var request = new RequestKeys.Request(staff.committeeId(), SubjectType.PROPOSAL_BATCH, key, staff.username(),
                RequestKeys.fingerprint(action, command));
        return requestKeys.once(request, batch);
    }

    /** Each proposal in its own transaction: a refusal rolls back that proposal's step only. */
    private long run(CurrentUser staff, BatchAction action, String decision, List<Long> ids,
                     Function<BatchLedger.Row, String> step) {
        Map<Long, BatchLedger.Row> rows = ledger.rows(staff.committeeId(), ids);
        List<BatchResult.Item> items = new ArrayList<>();
        for (long id : ids) {
            BatchLedger.Row row = rows.get(id);
            if (row == null) {
                items.add(new BatchResult.Item(id, null, null, false, BusinessException.notFound("提案").getMessage()));
                continue;
            }
            String done = null;
            String refused;
            try {
                done = eachOnItsOwn.execute(tx -> step.apply(row));
                refused = null;
            } catch (BusinessException e) {
                refused = e.getMessage();
            } catch (DataAccessException e) {
                LOG.warn("batch {} on proposal {} met a concurrent change", action, id, e);
                refused = "该提案正被他人同时处理，未作更改，请稍后重试";
            }
            // the number a 立案 has just given: read again after the step
            String number = done != null ? ledger.rows(staff.committeeId(), List.of(id)).get(id).numberText() : row.numberText();
            items.add(new BatchResult.Item(id, number, row.title(), done != null, done != null ? done : refused));
        }
        return ledger.save(staff.committeeId(), action, decision, staff.username(), Instant.now(clock), items);
    }

    private String assignment(AssignCommand c) {
        if (c.mode() == null) {
            throw BusinessException.invalid("请选择交办方式");
        }
        if (c.responsibleUnits() == null || c.responsibleUnits().isEmpty()) {
            throw BusinessException.invalid(c.mode() == HandlingMode.SPLIT ? "请选择分办单位" : "请选择承办单位");
        }
        // units checked once for the batch: an unknown or inactive unit would refuse every proposal alike
        Map<Long, String> names = organization.activeHandlingUnits().stream()
                .collect(Collectors.toMap(HandlingUnitView::id, HandlingUnitView::name));
        java.util.stream.Stream.concat(c.responsibleUnits().stream(), c.coUnits() == null ? java.util.stream.Stream.empty()
                : c.coUnits().stream()).forEach(id -> {
                    if (id == null || !names.containsKey(id)) {
                        throw BusinessException.invalid("所选承办单位不存在或已停用");
                    }
                });
        Function<List<Long>, String> named = ids -> ids == null ? "" : ids.stream().map(names::get).collect(Collectors.joining("、"));
        String text = "交办方式：" + c.mode().label() + "；" + (c.mode() == HandlingMode.SPLIT ? "分办单位：" : "主办单位：")
                + named.apply(c.responsibleUnits());
        if (c.coUnits() != null && !c.coUnits().isEmpty()) {
            text += "；会办单位：" + named.apply(c.coUnits());
        }
        return text;
    }

    private static String fileRefusal(ProposalStatus from, boolean twoStep) {
        String refusal = stepRefusal(from, ProposalAction.FILE);
        if (refusal == null && !new ProposalWorkflow.Conditions(twoStep, false, false, false).permit(ProposalAction.FILE, from)) {
            return "本会实行两级审查，须先初审通过再立案";
        }
        return refusal;
    }

    private static String stepRefusal(ProposalStatus from, ProposalAction action) {
        return ProposalWorkflow.TABLE.find(from, action).isPresent() ? null
                : "该提案当前状态为“" + from.label() + "”，不能" + action.label();
    }

    private String urgeRefusal(CurrentUser staff, BatchLedger.Row row) {
        if (row.status() != ProposalStatus.HANDLING) {
            return "该提案当前状态为“" + row.status().label() + "”，不在办理中，无需催办";
        }
        return overdue(staff, row.id()).isEmpty() ? "该提案没有超期未答复的承办单位" : null;
    }

    /** The units that were due before today and have not replied. */
    private List<CaseView.AssignmentView> overdue(CurrentUser staff, long id) {
        LocalDate today = LocalDate.now(clock);
        return handlingQueries.view(staff.committeeId(), ProposalAccess.SUBJECT, id)
                .map(c -> c.activeAssignments().stream()
                        .filter(a -> AWAITING_REPLY.contains(a.status()) && a.dueDate().isBefore(today)).toList())
                .orElse(List.of());
    }

    private static String names(List<CaseView.AssignmentView> assignments) {
        return assignments.stream().map(CaseView.AssignmentView::unitName).collect(Collectors.joining("、"));
    }

    private static void requireShort(String note, String what) {
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw BusinessException.invalid(what + "不能超过" + MAX_NOTE + "字");
        }
    }

    private static List<Long> distinct(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw BusinessException.invalid("请至少选择一件提案");
        }
        List<Long> wanted = new ArrayList<>(new LinkedHashSet<>(ids.stream().filter(java.util.Objects::nonNull).toList()));
        if (wanted.isEmpty()) {
            throw BusinessException.invalid("请至少选择一件提案");
        }
        if (wanted.size() > MAX_ITEMS) {
            throw BusinessException.invalid("一次最多处理" + MAX_ITEMS + "件提案，请分批操作");
        }
        return wanted;
    }
}
