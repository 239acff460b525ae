package cn.tongxin.performance.dutyreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.timeline.Timeline;

/** Reads duty reports: one report, the member's own for a year, the lists, and the standing members still owing one. */
@Service
// not read-only: the record's first read of a year creates its rule set
@Transactional
public class DutyReportQueries {

    private static final String FROM = """
             from duty_report r join member m on m.id = r.member_id left join org_unit s on s.id = m.sector_id
            where r.committee_id = :committee and r.year = :year and r.status in (:statuses)""";

    private final DutyReports reports;
    private final DutyReportAccess access;
    private final DutyReportFigures figures;
    private final Timeline timeline;
    private final Members members;
    private final CommitteeSettings settings;
    private final Clock clock;
    private final JdbcClient jdbc;

    DutyReportQueries(DutyReports reports, DutyReportAccess access, DutyReportFigures figures, Timeline timeline,
                      Members members, CommitteeSettings settings, Clock clock, JdbcClient jdbc) {
        this.reports = reports;
        this.access = access;
        this.figures = figures;
        this.timeline = timeline;
        this.members = members;
        this.settings = settings;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public DutyReportView view(long id) {
        CurrentUser user = access.reader();
        DutyReport r = access.read(id);
        return new DutyReportView(r.id(), r.year(), r.memberId(), r.status(), r.summary(), r.plans(), r.returnReason(),
                r.version(), r.submittedAt(), r.publishedAt(), DutyReportFigures.frozen(r), figures.of(r),
                DutyReportWorkflow.TABLE.actions(r.status(), DutyReportAccess.parties(user, r)),
                timeline.of(user.committeeId(), WriteDutyReports.SUBJECT, r.id()));
    }

    /** The member's own report for the year, if started. */
    public Optional<DutyReportView> mine(Integer year) {
        CurrentUser user = access.reader();
        if (user.memberId() == null) {
            return Optional.empty();
        }
        return reports.findByCommitteeIdAndMemberIdAndYear(user.committeeId(), user.memberId(), WriteDutyReports.checkYear(year, clock))
                .map(r -> view(r.id()));
    }

    /**
     * The year's reports: staff, administrators and leaders see every submitted one (optionally of one status);
     * members see the published ones.
     */
    public PageResult<DutyReportSummary> list(Integer year, DutyReportStatus status, PageQuery page) {
        CurrentUser user = access.reader();
        int y = WriteDutyReports.checkYear(year, clock);
        Set<String> statuses = new HashSet<>();
        boolean office = user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER);
        for (DutyReportStatus s : DutyReportStatus.values()) {
            boolean visible = office ? s != DutyReportStatus.DRAFT : s == DutyReportStatus.PUBLISHED;
            if (visible && (status == null || status == s)) {
                statuses.add(s.name());
            }
        }
        if (statuses.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        long total = jdbc.sql("select count(*)" + FROM).param("committee", user.committeeId()).param("year", y)
                .param("statuses", statuses).query(Long.class).single();
        List<DutyReportSummary> items = jdbc.sql("""
                select r.id, r.year, r.member_id, m.name as member_name, s.name as sector_name, m.standing, r.status,
                       r.submitted_at, r.published_at""" + FROM + " order by r.submitted_at desc nulls last, r.id desc limit :size offset :offset")
                .param("committee", user.committeeId()).param("year", y).param("statuses", statuses)
                .param("size", page.size()).param("offset", page.offset()).query(DutyReportQueries::summary).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Standing members (常委) who have not handed in the year's report: listed for staff, never acted upon. */
    public Missing missingStanding(Integer year) {
        CurrentUser user = access.reader();
        if (!user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)) {
            throw BusinessException.forbidden("只有工作人员和领导可以查看未提交履职报告的常委");
        }
        int y = WriteDutyReports.checkYear(year, clock);
        boolean required = settings.enabled(user.committeeId(), SettingKey.DUTY_REPORT_REQUIRED_FOR_STANDING);
        if (!required) {
            return new Missing(y, false, List.of());
        }
        Set<Long> handedIn = new HashSet<>(jdbc.sql("""
                select member_id from duty_report where committee_id = ? and year = ? and status in ('SUBMITTED', 'ACCEPTED', 'PUBLISHED')""")
                .params(user.committeeId(), y).query(Long.class).list());
        List<MemberView> missing = members.active().stream().filter(MemberView::standing)
                .filter(m -> !handedIn.contains(m.id())).toList();
        return new Missing(y, true, missing.stream()
                .map(m -> new MissingMember(m.id(), m.name(), m.sectorName(), m.specialCommitteeName())).toList());
    }

    public record Missing(int year, boolean required, List<MissingMember> members) {
    }

    public record MissingMember(long memberId, String name, String sectorName, String specialCommitteeName) {
    }

    private static DutyReportSummary summary(ResultSet rs, int row) throws SQLException {
        return new DutyReportSummary(rs.getLong("id"), rs.getInt("year"), rs.getLong("member_id"), rs.getString("member_name"),
                rs.getString("sector_name"), rs.getBoolean("standing"), DutyReportStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("published_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
