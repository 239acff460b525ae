package cn.tongxin.performance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.performance.internal.Ledger;
import cn.tongxin.performance.internal.RuleSetStore;
import cn.tongxin.performance.internal.ScoreStore;
import cn.tongxin.shared.BusinessException;

/**
 * A member's record of a year: entries with their points and rules, totals by category, grade, minimums and flags.
 * A member sees their own; staff, administrators and leaders of the committee see every member's.
 */
@Service
@Transactional
public class PerformanceRecords {

    private final CurrentUsers currentUsers;
    private final Members members;
    private final Ledger ledger;
    private final Scores scores;
    private final RuleSetStore ruleSets;
    private final ScoreStore scoreStore;
    private final Clock clock;

    PerformanceRecords(CurrentUsers currentUsers, Members members, Ledger ledger, Scores scores, RuleSetStore ruleSets,
                       ScoreStore scoreStore, Clock clock) {
        this.currentUsers = currentUsers;
        this.members = members;
        this.ledger = ledger;
        this.scores = scores;
        this.ruleSets = ruleSets;
        this.scoreStore = scoreStore;
        this.clock = clock;
    }

    /** The result under the set a republished one replaced, for comparison. */
    public record Previous(long ruleSetId, String ruleSetName, BigDecimal total, String grade) {
    }

    public record MemberRecord(MemberView member, int year, long ruleSetId, String ruleSetName, RuleSet rules,
                               Scoring.Score score, Optional<Previous> previous) {

        /** The label of a category code of the rule set ("基础分" for the base). */
        public String categoryLabel(String code) {
            if (Scoring.BASE_CATEGORY.equals(code)) {
                return "基础分";
            }
            return rules.categories().stream().filter(c -> c.code().equals(code)).map(RuleSet.Category::label).findFirst().orElse(code);
        }
    }

    /** The current user's own record (a member's account). */
    public MemberRecord mine(Integer year) {
        CurrentUser user = currentUsers.require(Role.MEMBER);
        if (user.memberId() == null) {
            throw BusinessException.forbidden("当前账号未关联委员");
        }
        return build(user.memberId(), year);
    }

    public MemberRecord of(long memberId, Integer year) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
        if (!user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER) && !Objects.equals(user.memberId(), memberId)) {
            throw BusinessException.notFound("委员");
        }
        return build(memberId, year);
    }

    private MemberRecord build(long memberId, Integer year) {
        MemberView member = members.find(memberId).orElseThrow(() -> BusinessException.notFound("委员"));
        long committeeId = currentUsers.get().committeeId();
        int y = year == null ? LocalDate.now(clock).getYear() : checkYear(year);
        var rules = scores.effective(committeeId, y);
        List<Entry> entries = ledger.of(committeeId, memberId, y);
        var score = Scoring.score(rules.rules(), entries);
        // a member without a stored result under the replaced set had the empty record's result
        var previous = ruleSets.previous(committeeId, y).map(p -> scoreStore.of(committeeId, y, p.id(), memberId)
                .map(r -> new Previous(p.id(), p.name(), r.total(), r.grade()))
                .orElseGet(() -> {
                    var empty = Scoring.score(p.rules(), List.of());
                    return new Previous(p.id(), p.name(), empty.total(), empty.grade());
                }));
        return new MemberRecord(member, y, rules.id(), rules.name(), rules.rules(), score, previous);
    }

    /** The years a member has entries in (newest first). */
    public List<Integer> years(long memberId) {
        return ledger.yearsOf(currentUsers.get().committeeId(), memberId);
    }

    static int checkYear(int year) {
        if (year < 1990 || year > 2100) {
            throw new BusinessException(org.springframework.http.HttpStatus.BAD_REQUEST, "参数 year 有误：年度应在1990至2100之间");
        }
        return year;
    }
}
