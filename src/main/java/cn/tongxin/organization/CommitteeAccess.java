package cn.tongxin.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;
import cn.tongxin.organization.internal.CommitteeGrantStore;
import cn.tongxin.shared.BusinessException;

/**
 * The one rule for reading across committees: a user reads their own committee; staff and leaders of an upper
 * committee also read a committee below it (at any depth) that has granted their committee read access. Never a
 * peer's or an upper committee's records, and never a write: a reading user is only ever used for queries.
 */
@Component
public class CommitteeAccess {

    private static final Role[] UPPER_READERS = {Role.ADMIN, Role.STAFF, Role.LEADER};

    private final Organization organization;
    private final CommitteeGrantStore grants;

    CommitteeAccess(Organization organization, CommitteeGrantStore grants) {
        this.organization = organization;
        this.grants = grants;
    }

    public boolean canRead(CurrentUser user, long committeeId) {
        if (committeeId == user.committeeId()) {
            return true;
        }
        return user.hasAny(UPPER_READERS) && isBelow(committeeId, user.committeeId())
                && grants.grantees(committeeId).contains(user.committeeId());
    }

    /**
     * Who reads {@code committeeId}'s records for {@code user}: the user themself for their own committee (or none
     * given), else a read-only reader in the lower committee that sees what its leaders see. 404 for a committee that
     * is not below the user's, 403 for one below that has not granted access.
     */
    public CurrentUser reader(CurrentUser user, Long committeeId) {
        if (committeeId == null || committeeId == user.committeeId()) {
            return user;
        }
        if (!isBelow(committeeId, user.committeeId())) {
            throw BusinessException.notFound("政协");
        }
        if (!canRead(user, committeeId)) {
            throw BusinessException.forbidden("该政协尚未授权本会查阅其记录");
        }
        return new CurrentUser(user.id(), user.username(), user.displayName(), committeeId, Set.of(Role.LEADER), null, null, null);
    }

    /**
     * Whose figures a statistics page shows: the user's own committee (none given), or a committee below it, whose
     * aggregate figures its upper committee's staff, administrators and leaders always see; {@code records}: whether
     * the records behind them open (the own committee, or a lower one that granted access); {@code choices}: the
     * committees the user may pick (their own, then every one below it). A peer or an upper committee: 403.
     */
    public record Figures(long committeeId, String committeeName, boolean across, boolean records, List<CommitteeView> choices) {

        /** The parameter that opens the same committee's records or page: "" for the own committee. */
        public String query() {
            return across ? "committeeId=" + committeeId : "";
        }

        /** {@code link} with the committee's parameter added, or null when its records do not open from here. */
        public String link(String link) {
            if (!records || link == null) {
                return null;
            }
            return across ? link + (link.contains("?") ? "&" : "?") + query() : link;
        }
    }

    public Figures figures(CurrentUser user, Long committeeId) {
        List<CommitteeView> choices = user.hasAny(UPPER_READERS) ? organization.subtree(user.committeeId()) : List.of();
        if (committeeId == null || committeeId == user.committeeId()) {
            String name = organization.committee(user.committeeId()).map(CommitteeView::name).orElse("");
            return new Figures(user.committeeId(), name, false, true, choices);
        }
        CommitteeView lower = choices.stream().filter(c -> c.id() == committeeId).findFirst()
                .orElseThrow(() -> BusinessException.forbidden("只能查看本级政协及其下级政协的统计数字"));
        return new Figures(lower.id(), lower.name(), true, canRead(user, lower.id()), choices);
    }

    /** Whether a user is reading another committee's records (so no step may be offered). */
    public static boolean readingAcross(CurrentUser reader, CurrentUser user) {
        return reader.committeeId() != user.committeeId();
    }

    /**
     * What a list or record page shows about whose records it shows: the committee read, whether it is another
     * (read-only) committee, and the committees the user may choose from (the committee selector).
     */
    public record Viewing(long committeeId, String committeeName, boolean readOnly, List<CommitteeView> readable) {
        public boolean selectable() {
            return readable.size() > 1;
        }
    }

    public Viewing viewing(CurrentUser user, Long committeeId) {
        long id = committeeId == null ? user.committeeId() : committeeId;
        String name = organization.committee(id).map(CommitteeView::name).orElse("");
        return new Viewing(id, name, id != user.committeeId(), readable(user));
    }

    /** The committees whose records the user may open: their own first, then the lower ones that granted access. */
    public List<CommitteeView> readable(CurrentUser user) {
        List<CommitteeView> out = new ArrayList<>();
        organization.committee(user.committeeId()).ifPresent(out::add);
        if (user.hasAny(UPPER_READERS)) {
            for (long lower : grants.grantors(user.committeeId())) {
                if (isBelow(lower, user.committeeId())) {
                    organization.committee(lower).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** Whether {@code committeeId} sits below {@code upperId} in the tree (at any depth). */
    public boolean isBelow(long committeeId, long upperId) {
        Optional<CommitteeView> c = organization.committee(committeeId);
        for (int depth = 0; c.isPresent() && c.get().parentId() != null && depth < 8; depth++) {
            if (c.get().parentId() == upperId) {
                return true;
            }
            c = organization.committee(c.get().parentId());
        }
        return false;
    }

    /** The committee's ancestors, its parent first. */
    public List<CommitteeView> ancestors(long committeeId) {
        List<CommitteeView> out = new ArrayList<>();
        Optional<CommitteeView> c = organization.committee(committeeId);
        for (int depth = 0; c.isPresent() && c.get().parentId() != null && depth < 8; depth++) {
            c = organization.committee(c.get().parentId());
            c.ifPresent(out::add);
        }
        return out;
    }
}
