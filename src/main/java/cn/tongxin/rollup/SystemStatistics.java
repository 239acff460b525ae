package cn.tongxin.rollup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.organization.CommitteeView;
import cn.tongxin.organization.Organization;
import cn.tongxin.rollup.internal.FigureSummaries;
import cn.tongxin.rollup.internal.LiveFigures;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.DateRange;

/**
 * 全市政协系统 statistics: the current user's committee with every committee below it (a county has none: itself
 * only). Staff, administrators and leaders of the committee only; the committee always comes from the session. A year
 * is read from the summaries (docs/adr/006-rollup-statistics.md); any other range is counted live.
 */
@Service
public class SystemStatistics {

    private final CurrentUsers currentUsers;
    private final Organization organization;
    private final FigureSummaries summaries;
    private final LiveFigures live;
    private final Clock clock;

    SystemStatistics(CurrentUsers currentUsers, Organization organization, FigureSummaries summaries, LiveFigures live, Clock clock) {
        this.currentUsers = currentUsers;
        this.organization = organization;
        this.summaries = summaries;
        this.live = live;
        this.clock = clock;
    }

    public SystemFigures report(Integer year, LocalDate from, LocalDate to) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        if (year != null && (year < 1949 || year > 2100)) {
            throw BusinessException.invalid("请填写正确的年度");
        }
        LocalDate today = LocalDate.now(clock);
        boolean wholeYear = year != null || (from == null && to == null);
        Integer theYear = wholeYear && year == null ? Integer.valueOf(today.getYear()) : year;
        DateRange range = DateRange.resolve(theYear, from, to, today);
        List<CommitteeView> tree = organization.subtree(user.committeeId());
        List<Long> ids = tree.stream().map(CommitteeView::id).toList();
        Map<Long, Map<Figure, Long>> values;
        if (wholeYear) {
            values = summaries.year(ids, range.from().getYear());
        } else {
            values = new java.util.HashMap<>();
            live.of(ids, range).forEach((c, tally) -> values.put(c, tally.values()));
        }
        Map<Figure, Long> total = new EnumMap<>(Figure.class);
        List<SystemFigures.Row> rows = new ArrayList<>();
        for (CommitteeView c : tree) {
            Map<Figure, Long> v = values.get(c.id());
            v.forEach((f, n) -> total.merge(f, n, Long::sum));
            rows.add(SystemFigures.Row.of(c.id(), c.name(), c.level().label(), c.id() == user.committeeId(), v));
        }
        String systemName = tree.size() > 1 ? "全系统合计" : "合计";
        return new SystemFigures(range.from(), range.to(), wholeYear ? "summary" : "live", SystemFigures.figureLines(),
                SystemFigures.rateLines(), SystemFigures.Row.of(null, systemName, null, false, total), rows);
    }
}
