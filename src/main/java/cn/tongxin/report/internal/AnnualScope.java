package cn.tongxin.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.organization.CommitteeAccess;
import cn.tongxin.organization.CommitteeView;
import cn.tongxin.organization.Organization;
import cn.tongxin.report.AnnualRequest;
import cn.tongxin.rollup.FigureValues;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.DateRange;

/**
 * Who may see which committees' figures: staff, administrators and leaders, for their own committee and (aggregates
 * only) any committee below it; never a peer or an upper committee. The records behind the figures: the own
 * committee's, and a lower committee's where it has granted the user's committee ({@link CommitteeAccess}), read-only.
 */
@Component
public class AnnualScope {

    public static final String OWN = "OWN";
    public static final String SYSTEM = "SYSTEM";

    private final CurrentUsers currentUsers;
    private final Organization organization;
    private final Clock clock;
    private final CommitteeAccess access;

    AnnualScope(CurrentUsers currentUsers, Organization organization, Clock clock, CommitteeAccess access) {
        this.currentUsers = currentUsers;
        this.organization = organization;
        this.clock = clock;
        this.access = access;
    }

    /**
     * A resolved request: the committee, the committees counted (the committee alone, or its subtree in tree order),
     * the period, and the year when the period is a whole year. {@code granted}: the one committee counted is a lower
     * committee that has granted the user's committee access to its records.
     */
    public record Resolved(CurrentUser user, CommitteeView committee, String scope, List<CommitteeView> committees, DateRange range,
                           Integer year, boolean granted) {

        public List<Long> ids() {
            return committees.stream().map(CommitteeView::id).toList();
        }

        /** Only the user's own committee's records open from here. */
        public boolean ownRecords() {
            return committees.size() == 1 && committees.getFirst().id() == user.committeeId();
        }

        /** The records behind the figures open: the own committee's, or a lower committee's that granted access (read-only). */
        public boolean readsRecords() {
            return ownRecords() || granted;
        }

        /** The lower committee whose records are read by its grant, or null for the own committee. */
        public Long across() {
            return ownRecords() ? null : committee.id();
        }

        public Resolved previousYear() {
            return new Resolved(user, committee, scope, committees,
                    new DateRange(range.from().minusYears(1), range.to().minusYears(1)), year == null ? null : year - 1, granted);
        }
    }

    public Resolved resolve(AnnualRequest request) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        if (request.year() != null && (request.year() < 1949 || request.year() > 2100)) {
            throw BusinessException.invalid("请填写正确的年度");
        }
        String scope = request.scope() == null || request.scope().isBlank() ? OWN : request.scope().strip().toUpperCase();
        if (!scope.equals(OWN) && !scope.equals(SYSTEM)) {
            throw BusinessException.invalid("范围只能是 own（本级）或 system（本级及下级政协）");
        }
        List<CommitteeView> subtree = organization.subtree(user.committeeId());
        long target = request.committeeId() == null ? user.committeeId() : request.committeeId();
        CommitteeView committee = subtree.stream().filter(c -> c.id() == target).findFirst()
                .orElseThrow(() -> BusinessException.forbidden("只能查看本级政协及其下级政协的数字"));
        LocalDate today = LocalDate.now(clock);
        boolean defaultYear = request.year() == null && request.from() == null && request.to() == null;
        DateRange range = DateRange.resolve(defaultYear ? Integer.valueOf(today.getYear()) : request.year(), request.from(), request.to(), today);
        Integer year = FigureValues.wholeYear(range) ? Integer.valueOf(range.from().getYear()) : null;
        List<CommitteeView> committees = scope.equals(SYSTEM) ? organization.subtree(target) : List.of(committee);
        boolean granted = committees.size() == 1 && target != user.committeeId() && access.canRead(user, target);
        return new Resolved(user, committee, scope, committees, range, year, granted);
    }
}
