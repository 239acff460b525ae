package cn.tongxin.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.handling.HandlingStatistics;
import cn.tongxin.organization.CommitteeAccess;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.outcome.InstructionKind;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.outcome.OutcomeTallies;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.proposal.internal.ProposalFigures;
import cn.tongxin.shared.BusinessException;

/**
 * The proposal figures of the annual report for a session, a year or a date range, each with its definition
 * (DOMAIN.md §2) and the list filter that shows the proposals behind it.
 */
@Service
@Transactional(readOnly = true)
public class ProposalStatistics {

    private final ProposalFigures figures;
    private final CurrentUsers currentUsers;
    private final Dictionaries dictionaries;
    private final HandlingStatistics handling;
    private final OutcomeTallies outcomes;
    private final CommitteeAccess access;

    ProposalStatistics(ProposalFigures figures, CurrentUsers currentUsers, Dictionaries dictionaries, HandlingStatistics handling,
                       OutcomeTallies outcomes, CommitteeAccess access) {
        this.outcomes = outcomes;
        this.access = access;
        this.figures = figures;
        this.currentUsers = currentUsers;
        this.dictionaries = dictionaries;
        this.handling = handling;
    }

    /** A period: one session, one year, or a date range of submission. */
    public record Period(Long sessionId, Integer year, LocalDate from, LocalDate to) {
        public String query() {
            if (sessionId != null) {
                return "sessionId=" + sessionId;
            }
            if (year != null) {
                return "year=" + year;
            }
            return (from == null ? "" : "from=" + from) + (to == null ? "" : (from == null ? "" : "&") + "to=" + to);
        }
    }

    public record Figure(String label, long value, String definition, String link) {
    }

    public record Rate(String label, long numerator, long denominator, String definition) {
        public String percent() {
            return denominator == 0 ? "—" : String.format("%.1f%%", numerator * 100.0 / denominator);
        }
    }

    public record Breakdown(String label, List<Figure> rows) {
    }

    /**
     * {@code committee}: whose figures these are (the own committee or one below it) and whether the links to the
     * records behind them open ({@code link} is null where they do not).
     */
    public record Report(Period period, List<Figure> counts, List<Rate> rates, List<Breakdown> breakdowns,
                         HandlingStatistics.Summary handling, Map<String, String> replyCategoryLabels, CommitteeAccess.Figures committee) {

        /** The list of the proposals behind a figure ({@code filter}: the list's parameters after the period), or null. */
        public String link(String filter) {
            return ProposalStatistics.link(committee, period, filter);
        }
    }

    private static String link(CommitteeAccess.Figures shown, Period period, String filter) {
        return shown.link("/proposals?" + period.query() + filter);
    }

    public Report report(Period period) {
        return report(period, null);
    }

    /** The figures of the user's own committee, or of {@code committeeId} below it (see {@link CommitteeAccess#figures}). */
    public Report report(Period period, Long committeeId) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        var shown = access.figures(user, committeeId);
        long committee = shown.committeeId();
        if (period.sessionId() == null && period.year() == null && period.from() != null && period.to() != null
                && period.to().isBefore(period.from())) {
            throw BusinessException.invalid("结束日期不能早于开始日期");
        }
        if (shown.across() && period.sessionId() != null) {
            throw BusinessException.invalid("查看下级政协的统计请按年度或日期，不按本会的会议");
        }
        var scope = figures.scope(committee, period);
        java.util.function.Function<String, String> base = filter -> link(shown, period, filter);
        var c = figures.counts(scope);
        long received = n(c, "received"), reviewed = n(c, "reviewed"), filed = n(c, "filed");
        List<Figure> counts = List.of(
                new Figure("收到", received, "期间内提交的提案（不含草稿和已撤回）", base.apply("&group=RECEIVED")),
                new Figure("已审查", reviewed, "已作出立案、不予立案或并案决定的提案", base.apply("&group=REVIEWED")),
                new Figure("立案", filed, "经审查立案的提案（并案的计入主提案）", base.apply("&group=FILED")),
                new Figure("不予立案", n(c, "not_filed"), "审查决定不予立案的提案", base.apply("&status=NOT_FILED")),
                new Figure("并案", n(c, "merged"), "并入其他提案办理的提案", base.apply("&status=MERGED")),
                new Figure("转为社情民意或委员来信", n(c, "converted"), "不予立案并转办的提案", base.apply("&status=NOT_FILED")),
                new Figure("退回修改中", n(c, "returned"), "退回提案人修改、尚未重新提交的提案", base.apply("&status=RETURNED")),
                new Figure("待审查", n(c, "pending"), "已提交、尚未审查的提案", base.apply("&status=SUBMITTED")),
                new Figure("重点提案", n(c, "key_count"), "经主席会议确定的重点提案", base.apply("&keyProposal=true")),
                new Figure("优秀提案", n(c, "outstanding"), "评选的优秀提案", base.apply("&outstanding=true")),
                new Figure("已办结", n(c, "closed"), "已办结的提案", base.apply("&status=CLOSED")));
        var summary = handling.summarize(committee, ProposalAccess.SUBJECT, figures.filed(scope));
        List<Rate> rates = new ArrayList<>();
        rates.add(new Rate("立案率", filed, reviewed, "立案数 ÷ 已审查数"));
        rates.add(new Rate("办复率", summary.replied(), filed, "办复数 ÷ 立案数；全部应答复单位（单办、主办，或分办的每个单位）均已答复即为办复"));
        rates.add(new Rate("按期办复率", summary.repliedOnTime(), filed, "在（含批准延期后的）办理期限内办复的提案数 ÷ 立案数"));
        rates.add(new Rate("办理态度满意率", summary.attitude().satisfied(), summary.attitude().rated(), "“满意”评价数 ÷ 已评价数（最后一轮）"));
        rates.add(new Rate("办理态度满意和基本满意率", summary.attitude().satisfied() + summary.attitude().basicallySatisfied(),
                summary.attitude().rated(), "（满意 + 基本满意）÷ 已评价数"));
        rates.add(new Rate("办理结果满意率", summary.result().satisfied(), summary.result().rated(), "“满意”评价数 ÷ 已评价数（最后一轮）"));
        rates.add(new Rate("办理结果满意和基本满意率", summary.result().satisfied() + summary.result().basicallySatisfied(),
                summary.result().rated(), "（满意 + 基本满意）÷ 已评价数"));
        List<Breakdown> breakdowns = new ArrayList<>();
        breakdowns.add(group("按类型", figures.byKind(scope), k -> ProposalKind.valueOf(k).label(), k -> base.apply("&group=RECEIVED&kind=" + k)));
        Map<String, String> categories = new LinkedHashMap<>();
        dictionaries.entries(committee, DictionaryKind.PROPOSAL_CATEGORY).forEach(e -> categories.put(e.code(), e.label()));
        breakdowns.add(group("按分类", figures.byCategory(scope), k -> categories.getOrDefault(k, k), k -> base.apply("&group=RECEIVED&category=" + k)));
        breakdowns.add(group("大会提案与平时提案", figures.bySessionProposal(scope),
                k -> "true".equals(k) ? "大会提案" : "平时提案", k -> base.apply("&group=RECEIVED&sessionProposal=" + k)));
        Map<String, String> reasons = new LinkedHashMap<>();
        dictionaries.entries(committee, DictionaryKind.NOT_FILED_REASON).forEach(e -> reasons.put(e.code(), e.label()));
        breakdowns.add(group("不予立案理由", figures.byNotFiledReason(scope),
                k -> reasons.getOrDefault(k, k), k -> base.apply("&status=NOT_FILED&notFiledReason=" + k)));
        breakdowns.add(group("集体提案（按党派团体、界别、专委会）", figures.byCollectiveUnit(scope), k -> k,
                k -> base.apply("&group=RECEIVED&kind=COLLECTIVE")));
        breakdowns.add(group("重点提案办理状态", figures.keyProposalsByStatus(scope), k -> ProposalStatus.valueOf(k).label(),
                k -> base.apply("&keyProposal=true&status=" + k)));
        breakdowns.addAll(partiesAndOutcomes(committee, scope, base));
        Map<String, String> replyLabels = new LinkedHashMap<>();
        dictionaries.entries(committee, DictionaryKind.REPLY_CATEGORY).forEach(e -> replyLabels.put(e.code(), e.label()));
        return new Report(period, counts, rates, breakdowns, summary, replyLabels, shown);
    }

    /**
     * 党派提案 (received and made key, per party or group) and leaders' 签批 / 批示 by level among the proposals of the
     * period (each proposal counted once per kind and level).
     */
    private List<Breakdown> partiesAndOutcomes(long committee, ProposalFigures.Scope scope,
                                               java.util.function.Function<String, String> base) {
        var parties = figures.byParty(scope);
        List<Breakdown> out = new ArrayList<>();
        out.add(new Breakdown("党派提案（按党派团体，收到）", parties.stream()
                .map(c -> new Figure(c.party(), c.received(), null, base.apply("&group=RECEIVED"))).toList()));
        out.add(new Breakdown("党派提案列为重点提案（按党派团体）", parties.stream().filter(c -> c.key() > 0)
                .map(c -> new Figure(c.party(), c.key(), null, base.apply("&keyProposal=true"))).toList()));
        var instructed = outcomes.byKindAndLevelAmong(committee, ProposalAccess.SUBJECT, ProposalFigures.ids(scope), scope.params());
        for (InstructionKind kind : List.of(InstructionKind.SIGN_OFF, InstructionKind.INSTRUCTION)) {
            List<Figure> rows = new ArrayList<>();
            for (InstructionLevel level : InstructionLevel.values()) {
                rows.add(new Figure(level.label() + kind.label(), instructed.get(kind).getOrDefault(level, 0L),
                        "期间内收到的提案中获" + level.label() + kind.label() + "的（每件每层级计一次）", null));
            }
            out.add(new Breakdown("领导" + kind.label() + "（按领导层级）", rows));
        }
        return out;
    }

    private static Breakdown group(String label, List<ProposalFigures.Count> counts,
                                   java.util.function.Function<String, String> name,
                                   java.util.function.Function<String, String> link) {
        List<Figure> rows = counts.stream()
                .map(c -> new Figure(name.apply(c.key()), c.n(), null, link.apply(c.key())))
                .toList();
        return new Breakdown(label, rows);
    }

    private static long n(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).longValue();
    }
}
