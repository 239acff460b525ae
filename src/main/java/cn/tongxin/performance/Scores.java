package cn.tongxin.performance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.performance.internal.Ledger;
import cn.tongxin.performance.internal.Ledger.MemberYear;
import cn.tongxin.performance.internal.RuleSetStore;
import cn.tongxin.performance.internal.ScoreStore;

/**
 * Keeps members' results current: a changed entry recomputes its member's year; publishing a rule set recomputes the
 * whole year. A year without a published set takes the latest earlier one, or the base-and-deduct default.
 */
@Service
@Transactional
public class Scores {

    private static final String SYSTEM = "系统";

    private final Ledger ledger;
    private final RuleSetStore ruleSets;
    private final ScoreStore scores;
    private final JdbcClient jdbc;

    Scores(Ledger ledger, RuleSetStore ruleSets, ScoreStore scores, JdbcClient jdbc) {
        this.ledger = ledger;
        this.ruleSets = ruleSets;
        this.scores = scores;
        this.jdbc = jdbc;
    }

    /** The year's published rule set, publishing the carried-over one on the year's first use. */
    public RuleSetStore.Stored effective(long committeeId, int year) {
        return ruleSets.published(committeeId, year).orElseGet(() -> {
            var earlier = ruleSets.latestPublishedBefore(committeeId, year);
            RuleSet rules = earlier.map(RuleSetStore.Stored::rules).orElseGet(DefaultRuleSets::baseAndDeduct);
            ruleSets.insertPublished(committeeId, year, rules, earlier.map(RuleSetStore.Stored::id).orElse(null), SYSTEM);
            return ruleSets.published(committeeId, year).orElseThrow();
        });
    }

    /** Recomputes the given members' years (after facts changed). */
    public void refresh(long committeeId, Collection<MemberYear> touched) {
        Map<Integer, RuleSetStore.Stored> rulesOfYear = new java.util.HashMap<>();
        for (MemberYear my : touched.stream().distinct().sorted(java.util.Comparator.comparingLong(MemberYear::memberId)).toList()) {
            // one member's results are computed one at a time, whichever event arrives first
            jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(7_310, (int) my.memberId()).query().singleRow();
            var rules = rulesOfYear.computeIfAbsent(my.year(), year -> effective(committeeId, year));
            var entries = ledger.of(committeeId, my.memberId(), my.year());
            scores.save(committeeId, my.year(), rules.id(), List.of(row(my.memberId(), Scoring.score(rules.rules(), entries), entries.size())));
        }
    }

    /** Recomputes every member of a year under its published set; returns how many members have results. */
    public int recomputeYear(long committeeId, int year) {
        var rules = effective(committeeId, year);
        Map<Long, List<Entry>> byMember = new LinkedHashMap<>();
        for (Entry e : ledger.ofYear(committeeId, year)) {
            byMember.computeIfAbsent(e.memberId(), k -> new ArrayList<>()).add(e);
        }
        List<ScoreStore.Row> rows = new ArrayList<>(byMember.size());
        byMember.forEach((member, entries) -> rows.add(row(member, Scoring.score(rules.rules(), entries), entries.size())));
        scores.keepOnly(committeeId, year, rules.id(), List.copyOf(byMember.keySet()));
        scores.save(committeeId, year, rules.id(), rows);
        return rows.size();
    }

    static ScoreStore.Row row(long memberId, Scoring.Score s, int entries) {
        return new ScoreStore.Row(memberId, s.total(), s.grade(), s.byCategory(), List.copyOf(s.flags()), entries);
    }
}
