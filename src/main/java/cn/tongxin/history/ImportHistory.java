package cn.tongxin.history;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.PastActivities;
import cn.tongxin.activity.PastActivity;
import cn.tongxin.activity.PastOutput;
import cn.tongxin.activity.PastOutputs;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.history.internal.ActivitySheet;
import cn.tongxin.history.internal.ImportRecords;
import cn.tongxin.history.internal.OutputSheet;
import cn.tongxin.history.internal.Lookups;
import cn.tongxin.history.internal.ProposalSheet;
import cn.tongxin.history.internal.ReportSheet;
import cn.tongxin.history.internal.Sheet;
import cn.tongxin.history.internal.SheetColumn;
import cn.tongxin.member.Members;
import cn.tongxin.opinion.PastReport;
import cn.tongxin.opinion.PastReports;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.Organization;
import cn.tongxin.proposal.PastProposal;
import cn.tongxin.proposal.PastProposals;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.ImportStamp;
import cn.tongxin.shared.SubjectType;

/**
 * 历史数据导入: every row of the file is checked first, then either all are written — each module writing its own
 * records with their real dates, flagged imported — or none. The import is audited and announced once
 * ({@link HistoryEvents.Imported}) so that statistics and performance records recount the years it touched.
 */
@Service
public class ImportHistory {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CurrentUsers currentUsers;
    private final Members members;
    private final Organization organization;
    private final Dictionaries dictionaries;
    private final PastProposals proposals;
    private final PastReports reports;
    private final PastActivities activities;
    private final PastOutputs outputs;
    private final ImportRecords records;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportHistory(CurrentUsers currentUsers, Members members, Organization organization, Dictionaries dictionaries,
                  PastProposals proposals, PastReports reports, PastActivities activities, PastOutputs outputs, ImportRecords records, AuditLog audit,
                  ApplicationEventPublisher events, Clock clock) {
        this.currentUsers = currentUsers;
        this.members = members;
        this.organization = organization;
        this.dictionaries = dictionaries;
        this.proposals = proposals;
        this.reports = reports;
        this.activities = activities;
        this.outputs = outputs;
        this.records = records;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public HistoryImportResult run(HistoryKind kind, InputStream xlsx, String fileName) {
        long started = System.nanoTime();
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Sheet sheet = Sheet.read(xlsx, columns(kind));
        if (!sheet.missingColumns().isEmpty()) {
            throw BusinessException.invalid("文件缺少必填列：" + String.join("、", sheet.missingColumns().stream()
                    .map(c -> "【" + c + "】").toList()) + "，请使用下载的" + kind.label() + "模板");
        }
        if (sheet.rows().isEmpty()) {
            throw BusinessException.invalid("文件中没有" + kind.label() + "数据");
        }
        var lookups = new Lookups(staff.committeeId(), members, organization, dictionaries);
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        var errors = new ArrayList<FieldErrors.FieldError>();
        Set<Integer> years = new TreeSet<>();
        Instant now = clock.instant();
        var stamp = new ImportStamp(staff.username(), now);
        long committee = staff.committeeId();
        return switch (kind) {
            case PROPOSALS -> {
                List<PastProposal> rows = ProposalSheet.read(sheet, lookups, proposals.numbers(committee), today, errors, years);
                failOn(errors);
                long id = begin(committee, kind, fileName, rows.size(), years, stamp);
                records.subjects(committee, id, SubjectType.PROPOSAL, proposals.record(committee, rows, stamp));
                yield finish(committee, id, kind, rows.size(), years, started);
            }
            case OPINION_REPORTS -> {
                List<PastReport> rows = ReportSheet.read(sheet, lookups, reports.existing(committee), today, errors, years);
                failOn(errors);
                long id = begin(committee, kind, fileName, rows.size(), years, stamp);
                var written = reports.record(committee, staff.id(), rows, stamp);
                records.subjects(committee, id, SubjectType.OPINION_REPORT, written.reportIds());
                records.subjects(committee, id, SubjectType.OPINION_ITEM, written.itemIds());
                yield finish(committee, id, kind, rows.size(), years, started);
            }
            case ACTIVITIES -> {
                List<PastActivity> rows = ActivitySheet.read(sheet, lookups, outputs.activities(committee), today, errors, years);
                failOn(errors);
                long id = begin(committee, kind, fileName, rows.size(), years, stamp);
                records.subjects(committee, id, SubjectType.ACTIVITY, activities.record(committee, rows, stamp));
                yield finish(committee, id, kind, rows.size(), years, started);
            }
            case OUTPUTS -> {
                List<PastOutput> rows = OutputSheet.read(sheet, lookups, outputs.activities(committee), outputs.existing(committee), today,
                        errors, years);
                failOn(errors);
                long id = begin(committee, kind, fileName, rows.size(), years, stamp);
                records.subjects(committee, id, SubjectType.ACTIVITY_OUTPUT, outputs.record(committee, rows, stamp));
                yield finish(committee, id, kind, rows.size(), years, started);
            }
        };
    }

    @Transactional(readOnly = true)
    public List<ImportRecords.Past> recent() {
        return records.recent(currentUsers.require(Role.ADMIN, Role.STAFF).committeeId());
    }

    static List<? extends SheetColumn> columns(HistoryKind kind) {
        return switch (kind) {
            case PROPOSALS -> ProposalSheet.columns();
            case OPINION_REPORTS -> ReportSheet.columns();
            case ACTIVITIES -> ActivitySheet.columns();
            case OUTPUTS -> OutputSheet.columns();
        };
    }

    private static void failOn(List<FieldErrors.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new FieldErrors("导入失败：共" + errors.size() + "处错误，未导入任何数据。请修改后重新导入。", errors);
        }
    }

    private long begin(long committee, HistoryKind kind, String fileName, int count, Set<Integer> years, ImportStamp stamp) {
        records.openWriting();
        return records.start(committee, kind, fileName == null ? null : fileName.substring(0, Math.min(200, fileName.length())),
                count, years, stamp.by(), stamp.at());
    }

    private HistoryImportResult finish(long committee, long id, HistoryKind kind, int count, Set<Integer> years, long started) {
        records.closeWriting();
        audit.record(committee, "导入" + kind.label(), "history_import", id,
                count + "条，涉及年度：" + String.join("、", years.stream().map(String::valueOf).toList()));
        events.publishEvent(new HistoryEvents.Imported(committee, id, kind, Set.copyOf(years), count));
        return new HistoryImportResult(id, kind, count, List.copyOf(years), (System.nanoTime() - started) / 1_000_000);
    }
}
