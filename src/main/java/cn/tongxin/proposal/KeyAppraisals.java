package cn.tongxin.proposal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.handling.HandlingQueries;
import cn.tongxin.proposal.internal.KeyAppraisalStore;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Labelled;
import cn.tongxin.shared.Text;

/**
 * 民主评议 of the units handling a year's key proposals: staff open it (the units are those assigned the year's key
 * proposals, fixed then), each member rates every unit 满意 / 基本满意 / 不满意 once while it is open, staff close it.
 * Anonymous: who has rated is kept apart from the ratings. Staff, administrators and leaders see the results.
 */
@Service
@Transactional
public class KeyAppraisals {

    public enum Verdict implements Labelled {
        SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), DISSATISFIED("不满意");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** One unit appraised: how many of the year's key proposals it handles, and the ratings it got. */
    public record UnitResult(long unitId, String unitName, int proposals, long satisfied, long basicallySatisfied,
                             long dissatisfied) {
        public long ratings() {
            return satisfied + basicallySatisfied + dissatisfied;
        }

        /** (满意 + 基本满意) ÷ ratings. */
        public String satisfaction() {
            return ratings() == 0 ? "—" : String.format("%.1f%%", (satisfied + basicallySatisfied) * 100.0 / ratings());
        }
    }

    /** {@code rated}: whether the current member has rated; {@code units}' ratings are shown to staff and leaders only. */
    public record Appraisal(long id, int year, String title, boolean open, LocalDate openedOn, long raters, boolean rated,
                            List<UnitResult> units) {
    }

    private final KeyAppraisalStore store;
    private final HandlingQueries handling;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KeyAppraisals(KeyAppraisalStore store, HandlingQueries handling, CurrentUsers currentUsers, Clock clock,
                  ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.handling = handling;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Opens the year's appraisal of the units handling its key proposals; one per year. */
    public long open(Integer year, String title) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (year == null || year < 2000 || year > LocalDate.now(clock).getYear()) {
            throw BusinessException.invalid("请填写评议年度（不晚于今年）");
        }
        if (store.exists(staff.committeeId(), year)) {
            throw BusinessException.conflict(year + "年度的重点提案承办单位民主评议已开启");
        }
        var zone = clock.getZone();
        List<Long> keys = store.keyProposals(staff.committeeId(), Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant()),
                Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant()));
        var units = handling.unitsHandling(staff.committeeId(), ProposalAccess.SUBJECT, keys);
        if (units.isEmpty()) {
            throw BusinessException.invalid(year + "年度没有已交办的重点提案，无可评议的承办单位");
        }
        String name = Text.isBlank(title) ? year + "年度重点提案承办单位民主评议" : title.strip();
        long id = store.add(staff.committeeId(), year, name, LocalDate.now(clock), staff.username(), units);
        events.publishEvent(new ProposalEvents.KeyAppraisalChanged(staff.committeeId(), id));
        return id;
    }

    /** A member rates every unit of an open appraisal, once. */
    public void rate(long id, Map<Long, Verdict> verdicts) {
        CurrentUser member = currentUsers.require(Role.MEMBER);
        if (member.memberId() == null) {
            throw BusinessException.forbidden("只有委员可以参加评议");
        }
        Appraisal a = store.lock(member.committeeId(), id).orElseThrow(() -> BusinessException.notFound("评议"));
        if (!a.open()) {
            throw BusinessException.conflict("评议已结束");
        }
        if (store.find(member.committeeId(), id, member.memberId()).orElseThrow().rated()) {
            throw BusinessException.conflict("您已提交评议，不能重复提交");
        }
        Set<Long> units = a.units().stream().map(UnitResult::unitId).collect(Collectors.toSet());
        if (verdicts == null || !verdicts.keySet().equals(units) || verdicts.values().stream().anyMatch(v -> v == null)) {
            throw BusinessException.invalid("请对每个承办单位作出评议（满意、基本满意或不满意）");
        }
        store.rate(id, member.memberId(), verdicts);
        events.publishEvent(new ProposalEvents.KeyAppraisalChanged(member.committeeId(), id));
    }

    public void close(long id) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Appraisal a = store.lock(staff.committeeId(), id).orElseThrow(() -> BusinessException.notFound("评议"));
        if (!a.open()) {
            throw BusinessException.conflict("评议已结束");
        }
        store.close(id);
    }

    @Transactional(readOnly = true)
    public List<Appraisal> list() {
        CurrentUser user = currentUsers.get();
        return store.list(user.committeeId(), user.memberId()).stream().map(a -> visible(user, a)).toList();
    }

    @Transactional(readOnly = true)
    public Appraisal one(long id) {
        CurrentUser user = currentUsers.get();
        return store.find(user.committeeId(), id, user.memberId()).map(a -> visible(user, a))
                .orElseThrow(() -> BusinessException.notFound("评议"));
    }

    /** Members see the units to rate, not how others rated them. */
    private static Appraisal visible(CurrentUser user, Appraisal a) {
        if (user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)) {
            return a;
        }
        if (!user.hasAny(Role.MEMBER)) {
            throw BusinessException.forbidden("无权查看评议");
        }
        return new Appraisal(a.id(), a.year(), a.title(), a.open(), a.openedOn(), a.raters(), a.rated(), a.units().stream()
                .map(u -> new UnitResult(u.unitId(), u.unitName(), u.proposals(), 0, 0, 0)).toList());
    }
}
