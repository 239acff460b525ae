package cn.tongxin.performance;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.performance.internal.RuleSetStore;
import cn.tongxin.performance.internal.RuleSetStore.Status;
import cn.tongxin.performance.internal.ScoreStore;
import cn.tongxin.shared.BusinessException;

/**
 * Points rules of a year: staff copy last year's set (or a default), edit the draft and publish it. Publishing
 * supersedes the year's set and recomputes every member; the previous results stay for comparison.
 */
@Service
@Transactional
public class PointsRules {

    private final CurrentUsers currentUsers;
    private final RuleSetStore store;
    private final Scores scores;
    private final ScoreStore scoreStore;
    private final AuditLog audit;

    PointsRules(CurrentUsers currentUsers, RuleSetStore store, Scores scores, ScoreStore scoreStore, AuditLog audit) {
        this.currentUsers = currentUsers;
        this.store = store;
        this.scores = scores;
        this.scoreStore = scoreStore;
        this.audit = audit;
    }

    public record View(long id, int year, String name, String status, String statusLabel, RuleSet rules, Long copiedFrom,
                       int version, String publishedBy, java.time.Instant publishedAt) {
    }

    /** The result of a publication: how many members were recomputed and how many changed grade. */
    public record Published(long id, int year, int members, int gradeChanged) {
    }

    /** One member's result before and after a republication. */
    public record Change(long memberId, BigDecimal before, String gradeBefore, BigDecimal after, String gradeAfter) {
    }

    public List<View> list() {
        CurrentUser user = reader();
        return store.list(user.committeeId()).stream().map(PointsRules::view).toList();
    }

    public View show(long id) {
        return view(store.find(reader().committeeId(), id).orElseThrow(() -> BusinessException.notFound("积分规则")));
    }

    /** The set in force for a year (the carried-over one on the year's first use). */
    public View inForce(int year) {
        CurrentUser user = reader();
        return view(scores.effective(user.committeeId(), PerformanceRecords.checkYear(year)));
    }

    public Map<String, RuleSet> defaults() {
        reader();
        return DefaultRuleSets.all();
    }

    /**
     * A new draft for a year: a copy of the given set, or of a default (by code), or of the set in force for the year
     * before.
     */
    public long draft(int year, Long fromId, String defaultCode) {
        CurrentUser staff = office();
        PerformanceRecords.checkYear(year);
        RuleSet rules;
        Long from = null;
        if (fromId != null) {
            var source = store.find(staff.committeeId(), fromId).orElseThrow(() -> BusinessException.notFound("积分规则"));
            rules = source.rules();
            from = source.id();
        } else if (defaultCode != null && !defaultCode.isBlank()) {
            rules = Optional.ofNullable(DefaultRuleSets.all().get(defaultCode))
                    .orElseThrow(() -> BusinessException.invalid("没有这套默认规则：" + defaultCode));
        } else {
            var last = scores.effective(staff.committeeId(), year - 1);
            rules = last.rules();
            from = last.id();
        }
        long id = store.insertDraft(staff.committeeId(), year, rules, from, staff.username());
        audit.record(staff.committeeId(), "新建积分规则草稿", "performance_rule_set", id, year + "年度：" + rules.name());
        return id;
    }

    public void update(long id, int version, RuleSet rules) {
        CurrentUser staff = office();
        var current = draftOf(staff, id);
        RuleSetCheck.check(rules);
        if (current.version() != version || !store.updateDraft(staff.committeeId(), id, version, rules)) {
            throw BusinessException.conflict("该规则草稿已被他人修改，请刷新后再改");
        }
        audit.record(staff.committeeId(), "修改积分规则草稿", "performance_rule_set", id, rules.name());
    }

    public void discard(long id) {
        CurrentUser staff = office();
        draftOf(staff, id);
        store.deleteDraft(staff.committeeId(), id);
        audit.record(staff.committeeId(), "删除积分规则草稿", "performance_rule_set", id, null);
    }

    /** Publishes the draft for its year and recomputes the year. */
    public Published publish(long id, int version) {
        CurrentUser staff = office();
        var draft = draftOf(staff, id);
        if (draft.version() != version) {
            throw BusinessException.conflict("该规则草稿已被他人修改，请刷新后再发布");
        }
        RuleSetCheck.check(draft.rules());
        var before = scores.effective(staff.committeeId(), draft.year());
        store.publish(staff.committeeId(), id, draft.year(), staff.username());
        int members = scores.recomputeYear(staff.committeeId(), draft.year());
        int changed = (int) compare(staff.committeeId(), draft.year(), before.id(), id).stream()
                .filter(c -> !Objects.equals(c.gradeBefore(), c.gradeAfter())).count();
        audit.record(staff.committeeId(), "发布积分规则", "performance_rule_set", id,
                draft.year() + "年度：" + draft.name() + "，重算" + members + "人，等次变化" + changed + "人");
        return new Published(id, draft.year(), members, changed);
    }

    /** The year's results under the published set beside those under the set it replaced. */
    public List<Change> changes(int year) {
        CurrentUser user = reader();
        var now = scores.effective(user.committeeId(), PerformanceRecords.checkYear(year));
        return store.previous(user.committeeId(), year)
                .map(p -> compare(user.committeeId(), year, p.id(), now.id()))
                .orElse(List.of());
    }

    private List<Change> compare(long committeeId, int year, long beforeId, long afterId) {
        var beforeSet = store.find(committeeId, beforeId).orElseThrow();
        var afterSet = store.find(committeeId, afterId).orElseThrow();
        var empty = Scoring.score(beforeSet.rules(), List.of());
        var emptyAfter = Scoring.score(afterSet.rules(), List.of());
        Map<Long, ScoreStore.Row> before = new HashMap<>();
        scoreStore.all(committeeId, year, beforeId).forEach(r -> before.put(r.memberId(), r));
        Map<Long, ScoreStore.Row> after = new HashMap<>();
        scoreStore.all(committeeId, year, afterId).forEach(r -> after.put(r.memberId(), r));
        var members = new java.util.TreeSet<Long>(before.keySet());
        members.addAll(after.keySet());
        return members.stream().map(m -> {
            var b = before.get(m);
            var a = after.get(m);
            return new Change(m, b == null ? empty.total() : b.total(), b == null ? empty.grade() : b.grade(),
                    a == null ? emptyAfter.total() : a.total(), a == null ? emptyAfter.grade() : a.grade());
        }).toList();
    }

    private RuleSetStore.Stored draftOf(CurrentUser staff, long id) {
        var stored = store.lock(staff.committeeId(), id).orElseThrow(() -> BusinessException.notFound("积分规则"));
        if (stored.status() != Status.DRAFT) {
            throw BusinessException.conflict("该规则已发布，不能再修改；请复制后另行发布");
        }
        return stored;
    }

    private CurrentUser reader() {
        return currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
    }

    private CurrentUser office() {
        return currentUsers.require(Role.ADMIN, Role.STAFF);
    }

    private static View view(RuleSetStore.Stored s) {
        String label = switch (s.status()) {
            case DRAFT -> "草稿";
            case PUBLISHED -> "已发布";
            case SUPERSEDED -> "已被替换";
        };
        return new View(s.id(), s.year(), s.name(), s.status().name(), label, s.rules(), s.copiedFrom(), s.version(),
                s.publishedBy(), s.publishedAt());
    }
}
