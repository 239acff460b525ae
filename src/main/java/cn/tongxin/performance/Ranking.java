package cn.tongxin.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.performance.internal.ScoreStore;
import cn.tongxin.shared.PageResult;

/**
 * The committee's members ranked by their year's total under the published rule set, with filters (界别, 专委会, 工作室,
 * 常委), the distribution per grade, aggregates by 界别 and 工作室 (for 先进界别) and the 提醒谈话 list. Reads the stored
 * results (one query) and the active roster (one query); a member without a result has the empty record's.
 * Administrators, staff and leaders of the committee only.
 */
@Service
@Transactional
public class Ranking {

    public static final int PAGE_SIZE = 50;

    private final CurrentUsers currentUsers;
    private final Members members;
    private final Scores scores;
    private final ScoreStore scoreStore;
    private final Clock clock;

    Ranking(CurrentUsers currentUsers, Members members, Scores scores, ScoreStore scoreStore, Clock clock) {
        this.currentUsers = currentUsers;
        this.members = members;
        this.scores = scores;
        this.scoreStore = scoreStore;
        this.clock = clock;
    }

    /** Which members to rank (all null: every active member). */
    public record Filter(Long sector, Long specialCommittee, Long studio, Boolean standing) {

        public static final Filter NONE = new Filter(null, null, null, null);

        boolean admits(MemberView m) {
            return (sector == null || sector.equals(m.sectorId()))
                    && (specialCommittee == null || specialCommittee.equals(m.specialCommitteeId()))
                    && (studio == null || studio.equals(m.studioId()))
                    && (standing == null || standing == m.standing());
        }
    }

    /** One ranked member; {@code rank} is shared by equal totals (1, 2, 2, 4). */
    public record Row(int rank, long memberId, String name, String sectorName, String specialCommitteeName, String studioName,
                      boolean standing, BigDecimal total, String grade, Map<String, BigDecimal> categories, List<Flag> flags) {
    }

    public record Category(String code, String label, BigDecimal cap) {
    }

    public record GradeCount(String grade, int members) {
    }

    /** A 界别 or 工作室: its ranked members, their average total and how many have the top grade. */
    public record Group(String name, int members, BigDecimal average, int topGrade) {
    }

    public record Board(int year, long ruleSetId, String ruleSetName, List<Category> categories, String topGrade,
                        PageResult<Row> page, List<GradeCount> distribution, List<Group> sectors, List<Group> studios) {
    }

    /** A flag with what it means under the year's rules. */
    public record FlagMeaning(Flag flag, String label, String meaning, int members) {
    }

    public record Flagged(int year, long ruleSetId, String ruleSetName, List<FlagMeaning> meanings, PageResult<Row> page) {
    }

    public Board board(Integer year, Filter filter, Integer page) {
        Ranked ranked = ranked(year, filter);
        List<Row> rows = ranked.rows();
        String top = topGrade(ranked.rules());
        List<GradeCount> distribution = ranked.rules().grades().stream()
                .map(g -> new GradeCount(g.name(), (int) rows.stream().filter(r -> g.name().equals(r.grade())).count())).toList();
        return new Board(ranked.year(), ranked.ruleSetId(), ranked.ruleSetName(), categories(ranked.rules()), top,
                page(rows, page), distribution, groups(rows, Row::sectorName, top), groups(rows, Row::studioName, top));
    }

    /** Every ranked row under the filter (for the export). */
    public Board all(Integer year, Filter filter) {
        Ranked ranked = ranked(year, filter);
        String top = topGrade(ranked.rules());
        List<Row> rows = ranked.rows();
        return new Board(ranked.year(), ranked.ruleSetId(), ranked.ruleSetName(), categories(ranked.rules()), top,
                new PageResult<>(rows, 1, Math.max(1, rows.size()), rows.size()), List.of(),
                groups(rows, Row::sectorName, top), groups(rows, Row::studioName, top));
    }

    /** Members with any flag, for 提醒谈话: listed only, the platform never acts on them. */
    public Flagged flags(Integer year, Integer page) {
        Ranked ranked = ranked(year, Filter.NONE);
        List<Row> flagged = ranked.rows().stream().filter(r -> !r.flags().isEmpty()).toList();
        List<FlagMeaning> meanings = java.util.Arrays.stream(Flag.values())
                .map(f -> new FlagMeaning(f, f.label(), meaning(f, ranked.rules()),
                        (int) flagged.stream().filter(r -> r.flags().contains(f)).count()))
                .toList();
        return new Flagged(ranked.year(), ranked.ruleSetId(), ranked.ruleSetName(), meanings, page(flagged, page));
    }

    static String meaning(Flag flag, RuleSet rules) {
        return switch (flag) {
            case LOW_GRADE -> "年度等次为" + String.join("、", rules.flaggedGrades().stream().sorted().toList());
            case PLENARY_ABSENCE -> "有未请假缺席全体会议的记录";
            case NO_DUTY -> "全年没有提交提案、报送社情民意信息，也没有出席或列席会议和活动";
            case MINIMUM_UNMET -> "未达到规则的年度最低要求：" + String.join("；", rules.minimums().stream()
                    .map(m -> m.label() + "（" + m.count() + "）").toList());
        };
    }

    private record Ranked(int year, long ruleSetId, String ruleSetName, RuleSet rules, List<Row> rows) {
    }

    private Ranked ranked(Integer year, Filter filter) {
        long committeeId = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER).committeeId();
        int y = year == null ? LocalDate.now(clock).getYear() : PerformanceRecords.checkYear(year);
        Filter f = filter == null ? Filter.NONE : filter;
        var rules = scores.effective(committeeId, y);
        Map<Long, ScoreStore.Row> results = new java.util.HashMap<>();
        scoreStore.all(committeeId, y, rules.id()).forEach(r -> results.put(r.memberId(), r));
        Scoring.Score empty = Scoring.score(rules.rules(), List.of());
        record Pair(MemberView member, ScoreStore.Row result) {
        }
        List<Pair> pairs = members.active().stream().filter(f::admits)
                .map(m -> new Pair(m, results.getOrDefault(m.id(), new ScoreStore.Row(m.id(), empty.total(), empty.grade(),
                        empty.byCategory(), List.copyOf(empty.flags()), 0))))
                .sorted(Comparator.comparing((Pair p) -> p.result().total()).reversed()
                        .thenComparing(p -> p.member().name(), java.text.Collator.getInstance(java.util.Locale.CHINA))
                        .thenComparingLong(p -> p.member().id()))
                .toList();
        List<Row> rows = new ArrayList<>(pairs.size());
        int rank = 0;
        BigDecimal last = null;
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            if (last == null || p.result().total().compareTo(last) != 0) {
                rank = i + 1;
                last = p.result().total();
            }
            MemberView m = p.member();
            rows.add(new Row(rank, m.id(), m.name(), m.sectorName(), m.specialCommitteeName(), m.studioName(), m.standing(),
                    p.result().total(), p.result().grade(), p.result().categories(), p.result().flags()));
        }
        return new Ranked(y, rules.id(), rules.name(), rules.rules(), rows);
    }

    private static PageResult<Row> page(List<Row> rows, Integer page) {
        int p = new cn.tongxin.shared.PageQuery(page == null ? 1 : page, PAGE_SIZE).page(); // 400 for a page past any list
        int from = (int) Math.min(rows.size(), (long) (p - 1) * PAGE_SIZE);
        return new PageResult<>(rows.subList(from, Math.min(rows.size(), from + PAGE_SIZE)), p, PAGE_SIZE, rows.size());
    }

    private static List<Category> categories(RuleSet rules) {
        List<Category> list = new ArrayList<>();
        if (rules.base().signum() != 0) {
            list.add(new Category(Scoring.BASE_CATEGORY, "基础分", null));
        }
        rules.categories().forEach(c -> list.add(new Category(c.code(), c.label(), c.cap())));
        return list;
    }

    /** The grade with the highest threshold (优秀 in both defaults). */
    static String topGrade(RuleSet rules) {
        return rules.grades().stream().filter(g -> g.min() != null).max(Comparator.comparing(RuleSet.Grade::min))
                .map(RuleSet.Grade::name).orElse(null);
    }

    private static List<Group> groups(List<Row> rows, Function<Row, String> key, String top) {
        Map<String, List<Row>> byName = new LinkedHashMap<>();
        rows.stream().filter(r -> key.apply(r) != null).forEach(r -> byName.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return byName.entrySet().stream().map(e -> {
            List<Row> rs = e.getValue();
            BigDecimal sum = rs.stream().map(Row::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Group(e.getKey(), rs.size(), sum.divide(BigDecimal.valueOf(rs.size()), 2, RoundingMode.HALF_UP),
                    (int) rs.stream().filter(r -> Objects.equals(top, r.grade())).count());
        }).sorted(Comparator.comparing(Group::average).reversed().thenComparing(Group::name)).toList();
    }
}
