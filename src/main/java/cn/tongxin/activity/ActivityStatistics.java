package cn.tongxin.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.internal.ActivityFigures;
import cn.tongxin.organization.CommitteeAccess;
import cn.tongxin.outcome.Outcomes;

/**
 * Activity figures for a year or a range: by type, person-times (人次: 出席 + 列席), attendance (出席 ÷ 应出席 of ended
 * activities), leave and absences, per member, outputs by kind and their outcomes, plan completion, supervision,
 * appraisals and studios, and 发言人次 by the speakers' party/group and sector ({@link SpeechHeadlines}).
 */
@Service
@Transactional(readOnly = true)
public class ActivityStatistics {

    private final ActivityFigures figures;
    private final CurrentUsers currentUsers;
    private final Outcomes outcomes;
    private final Appraisals appraisals;
    private final Clock clock;

    private final cn.tongxin.opinion.SubmitUpward upward;
    private final SpeechHeadlines speeches;
    private final CommitteeAccess access;

    ActivityStatistics(ActivityFigures figures, CurrentUsers currentUsers, Outcomes outcomes, Appraisals appraisals, Clock clock,
                       cn.tongxin.opinion.SubmitUpward upward, SpeechHeadlines speeches, CommitteeAccess access) {
        this.access = access;
        this.upward = upward;
        this.speeches = speeches;
        this.figures = figures;
        this.currentUsers = currentUsers;
        this.outcomes = outcomes;
        this.appraisals = appraisals;
        this.clock = clock;
    }

    public record TypeRow(String type, String category, long activities, long personTimes) {
    }

    public record MemberRow(String name, long invited, long present, long excused, long absent) {
        public String rate() {
            return invited == 0 ? "—" : String.format("%.1f%%", present * 100.0 / invited);
        }
    }

    public record Report(LocalDate from, LocalDate to, long activities, long personTimes, long invited, long present, long excused,
                         long absent, List<TypeRow> byType, List<MemberRow> members, Map<String, Long> outputsByKind,
                         Map<String, Long> adoptedByLevel, Map<String, Long> instructedByLevel, Map<String, Long> plan,
                         long supervisionGroups, long supervisionOpinions, List<Appraisals.Summary> appraisals,
                         Map<String, Long> studios, Map<String, Long> outputsUpward, Map<String, Long> speechesByParty,
                         Map<String, Long> speechesBySector, CommitteeAccess.Figures committee) {
        public String attendanceRate() {
            return invited == 0 ? "—" : present + " ÷ " + invited + " = " + String.format("%.1f%%", present * 100.0 / invited);
        }
    }

    public Report report(Integer year, LocalDate from, LocalDate to) {
        return report(year, from, to, null);
    }

    /**
     * The figures of the user's own committee, or of {@code committeeId} below it (see {@link CommitteeAccess#figures});
     * members by name and the appraisals only where that committee's records open.
     */
    public Report report(Integer year, LocalDate from, LocalDate to, Long committeeId) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        var shown = access.figures(user, committeeId);
        long committee = shown.committeeId();
        var range = cn.tongxin.shared.DateRange.resolve(year, from, to, LocalDate.now(clock));
        LocalDate start = range.from();
        LocalDate end = range.to();
        var period = new ActivityFigures.Period(committee, range.startsAt(clock.getZone()).toInstant(),
                range.endsBefore(clock.getZone()).toInstant(),
                start, end);
        List<TypeRow> byType = figures.byType(period);
        var totals = figures.attendance(period);
        List<MemberRow> members = shown.records() ? figures.members(period) : List.of();
        Map<String, Long> outputs = figures.outputsByKind(period);
        var counts = outcomes.countInPeriod(committee, ActivityOutputs.SUBJECT, start, end);
        Map<String, Long> adopted = counts.adoptedByLabel();
        Map<String, Long> instructed = counts.instructedByLabel();
        Map<String, Long> plan = figures.plan(period);
        long groups = figures.supervisionGroups(period);
        long opinions = figures.supervisionOpinions(period);
        Map<String, Long> studios = figures.studios(period);
        List<Appraisals.Summary> inPeriodAppraisals = new ArrayList<>((shown.records() ? appraisals.ofCommittee(committee)
                : List.<Appraisals.Summary>of()).stream()
                .filter(a -> !a.opensAt().isBefore(start.atStartOfDay(clock.getZone()).toInstant())
                        && a.opensAt().isBefore(end.plusDays(1).atStartOfDay(clock.getZone()).toInstant())).toList());
        long activities = byType.stream().mapToLong(TypeRow::activities).sum();
        long personTimes = byType.stream().mapToLong(TypeRow::personTimes).sum();
        return new Report(start, end, activities, personTimes, totals.invited(), totals.present(), totals.excused(),
                totals.absent(), byType, members, outputs, adopted, instructed, plan, groups, opinions, inPeriodAppraisals, studios,
                upward.outputFigures(committee, start, end),
                speeches.count(List.of(committee), range, SpeechHeadlines.By.PARTY),
                speeches.count(List.of(committee), range, SpeechHeadlines.By.SECTOR), shown);
    }
}
