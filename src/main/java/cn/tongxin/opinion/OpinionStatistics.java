package cn.tongxin.opinion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.opinion.internal.OpinionFigures;
import cn.tongxin.organization.CommitteeAccess;
import cn.tongxin.opinion.internal.UpwardLinks;
import cn.tongxin.outcome.Outcomes;
import cn.tongxin.shared.DateRange;

/** Figures of public-opinion work for a year or a date range, each with its definition. */
@Service
@Transactional(readOnly = true)
public class OpinionStatistics {

    private final OpinionFigures figures;
    private final CurrentUsers currentUsers;
    private final Outcomes outcomes;
    private final Clock clock;

    private final UpwardLinks upward;
    private final CorrespondentAppointments correspondents;
    private final ForwardHeadlines forwards;
    private final CommitteeAccess access;

    OpinionStatistics(OpinionFigures figures, CurrentUsers currentUsers, Outcomes outcomes, Clock clock, UpwardLinks upward,
                      CorrespondentAppointments correspondents, ForwardHeadlines forwards, CommitteeAccess access) {
        this.forwards = forwards;
        this.access = access;
        this.upward = upward;
        this.correspondents = correspondents;
        this.figures = figures;
        this.currentUsers = currentUsers;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    public record Figure(String label, long value, String definition) {
    }

    public record AuthorRow(String name, long reports, long issued, long adopted) {
    }

    /**
     * {@code bulletinsBySeries}: bulletins issued in the period per series; {@code forwardedByLevel}: edited items 报送
     * in the period (by the date forwarded) per level, e.g. 省政协 17. {@code committee}: whose figures (the own
     * committee or one below it); {@code authors} (people by name) only where its records open.
     */
    public record Report(LocalDate from, LocalDate to, List<Figure> figures, Map<String, Long> bySource,
                         Map<String, Long> adoptedByLevel, Map<String, Long> instructedByLevel, List<AuthorRow> authors,
                         List<AuthorRow> partiesAndGroups, Map<String, Long> bulletinsBySeries, Map<String, Long> forwardedByLevel,
                         CommitteeAccess.Figures committee) {
    }

    public Report report(Integer year, LocalDate from, LocalDate to) {
        return report(year, from, to, null);
    }

    /** The figures of the user's own committee, or of {@code committeeId} below it (see {@link CommitteeAccess#figures}). */
    public Report report(Integer year, LocalDate from, LocalDate to, Long committeeId) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        var shown = access.figures(user, committeeId);
        long committee = shown.committeeId();
        var range = DateRange.resolve(year, from, to, LocalDate.now(clock));
        var p = figures.params(committee, range, clock.getZone());
        var c = figures.reports(p);
        var b = figures.bulletins(p);
        var up = upward.counts(committee, range.from(), range.to(), false);
        List<Figure> list = List.of(
                new Figure("收到", n(c, "received"), "期间内报送的信息（不含已撤回）"),
                new Figure("采编", n(c, "accepted"), "决定采编的信息（含已编辑、已编发）"),
                new Figure("编发信息", n(c, "issued_reports"), "已编入期刊编发的原始信息"),
                new Figure("编发期数", n(b, "bulletins"), "期间内编发的各系列期刊期数（按编发日期；分系列见下）"),
                new Figure("期刊收录条目", n(b, "items"), "期间内编发期刊收录的编辑稿条目数"),
                new Figure("存档", n(c, "archived"), "存档备查的信息"),
                new Figure("退回", n(c, "returned"), "退回报送人的信息"),
                new Figure("转提案线索", n(c, "clue"), "转给委员作为提案线索的信息"),
                new Figure("由提案转来", n(c, "from_proposals"), "不予立案后转为社情民意信息的提案"),
                new Figure("报送上级政协", n(up, "submitted"), "期间内报送上级政协的信息（按报送日期）"),
                new Figure("上级政协采用", n(up, "adopted"), "报送上级政协的信息中，期间内被上级政协采用的（按采用日期，上级回报）"),
                new Figure("上级政协报送获批示", n(up, "instructed"), "报送上级政协的信息中，期间内获领导批示的（按批示日期，上级回报）"),
                new Figure("特聘信息员", correspondents.count(List.of(committee), range), CorrespondentAppointments.DEFINITION));
        var counts = outcomes.countInPeriod(committee, OpinionAccess.ITEM, range.from(), range.to());
        Map<String, Long> forwarded = new LinkedHashMap<>();
        forwards.forwardedByLevel(List.of(committee), range).forEach((level, n) -> forwarded.put(level.label(), n));
        return new Report(range.from(), range.to(), list, figures.bySource(p), counts.adoptedByLabel(), counts.instructedByLabel(),
                shown.records() ? figures.authors(p) : List.of(), figures.partiesAndGroups(p), figures.bulletinsBySeries(p), forwarded,
                shown);
    }

    private static long n(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).longValue();
    }
}
