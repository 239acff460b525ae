package cn.tongxin.performance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.TermView;
import cn.tongxin.performance.internal.Ledger;
import cn.tongxin.performance.internal.ScoreStore;
import cn.tongxin.shared.BusinessException;

/**
 * One member's whole term side by side: each year's total, grade and category totals under that year's published
 * rule set (the stored results, read in one query; a year without a result has the empty record's). The same
 * permission as the yearly record: the member themselves, or the committee's administrators, staff and leaders.
 */
@Service
@Transactional
public class TermRecords {

    private static final int MAX_YEARS = 5;

    private final CurrentUsers currentUsers;
    private final Members members;
    private final Organization organization;
    private final Scores scores;
    private final ScoreStore scoreStore;
    private final Ledger ledger;
    private final Clock clock;

    TermRecords(CurrentUsers currentUsers, Members members, Organization organization, Scores scores, ScoreStore scoreStore,
                Ledger ledger, Clock clock) {
        this.currentUsers = currentUsers;
        this.members = members;
        this.organization = organization;
        this.scores = scores;
        this.scoreStore = scoreStore;
        this.ledger = ledger;
        this.clock = clock;
    }

    public record Year(int year, long ruleSetId, String ruleSetName, BigDecimal total, String grade,
                       List<CategoryTotal> categories, List<Flag> flags, int entries) {
    }

    public record CategoryTotal(String code, String label, BigDecimal points) {
    }

    public record Term(long memberId, String memberName, String termName, List<Year> years) {
    }

    public Term of(long memberId) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
        if (!user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER) && !Objects.equals(user.memberId(), memberId)) {
            throw BusinessException.notFound("委员");
        }
        MemberView member = members.find(memberId).orElseThrow(() -> BusinessException.notFound("委员"));
        long committeeId = user.committeeId();
        List<Integer> years = years(committeeId, member);
        Map<Integer, cn.tongxin.performance.internal.RuleSetStore.Stored> sets = new LinkedHashMap<>();
        years.forEach(y -> sets.put(y, scores.effective(committeeId, y)));
        Map<Integer, Long> ids = new LinkedHashMap<>();
        sets.forEach((y, s) -> ids.put(y, s.id()));
        Map<Integer, ScoreStore.Row> results = scoreStore.ofMember(committeeId, memberId, ids);
        List<Year> out = new ArrayList<>();
        sets.forEach((y, s) -> {
            ScoreStore.Row row = results.get(y);
            if (row == null) {
                var empty = Scoring.score(s.rules(), List.of());
                row = new ScoreStore.Row(memberId, empty.total(), empty.grade(), empty.byCategory(), List.copyOf(empty.flags()), 0);
            }
            out.add(new Year(y, s.id(), s.name(), row.total(), row.grade(), categories(s.rules(), row.categories()), row.flags(), row.entries()));
        });
        return new Term(member.id(), member.name(), member.termName(), out);
    }

    /** In the rule set's order (stored results do not keep it), the base first. */
    private static List<CategoryTotal> categories(RuleSet rules, Map<String, BigDecimal> stored) {
        List<String> order = new ArrayList<>();
        order.add(Scoring.BASE_CATEGORY);
        rules.categories().forEach(c -> order.add(c.code()));
        stored.keySet().stream().filter(k -> !order.contains(k)).sorted().forEach(order::add);
        return order.stream().filter(stored::containsKey)
                .map(code -> new CategoryTotal(code, label(rules, code), stored.get(code))).toList();
    }

    /** The years of the member's term up to this year (at most five), or, without a term, the years with entries. */
    private List<Integer> years(long committeeId, MemberView member) {
        int now = LocalDate.now(clock).getYear();
        TermView term = member.termId() == null ? null
                : organization.terms().stream().filter(t -> t.id() == member.termId()).findFirst().orElse(null);
        List<Integer> years = new ArrayList<>();
        if (term != null && term.startDate() != null) {
            int last = term.endDate() == null ? now : Math.min(now, term.endDate().getYear());
            for (int y = term.startDate().getYear(); y <= last && years.size() < MAX_YEARS; y++) {
                years.add(y);
            }
        }
        if (years.isEmpty()) {
            ledger.yearsOf(committeeId, member.id()).stream().limit(MAX_YEARS).sorted().forEach(years::add);
        }
        if (years.isEmpty()) {
            years.add(now);
        }
        return years;
    }

    static String label(RuleSet rules, String code) {
        if (Scoring.BASE_CATEGORY.equals(code)) {
            return "基础分";
        }
        return rules.categories().stream().filter(c -> c.code().equals(code)).map(RuleSet.Category::label).findFirst().orElse(code);
    }
}
