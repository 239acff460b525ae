package cn.tongxin.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.internal.AppraisalStore;
import cn.tongxin.member.Members;
import cn.tongxin.organization.HandlingUnitView;
import cn.tongxin.organization.Organization;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;

/**
 * 民主评议: members taking part score a unit on configured dimensions from their phones. Anonymous by construction:
 * who has scored is stored apart from the scores, which carry only a random sheet id — nobody, staff included, can
 * tell who gave which score. Results count only with a quorum of more than half of the raters.
 */
@Service
@Transactional
public class Appraisals {

    public record Summary(long id, String title, String unitName, List<String> dimensions, Instant opensAt, Instant closesAt,
                          long raters, long submitted) {
        public boolean quorum() {
            return submitted * 2 > raters;
        }
    }

    public record DimensionResult(String dimension, double average, long excellent, long good, long fair, long poor) {
    }

    public record Results(Summary appraisal, boolean quorum, List<DimensionResult> dimensions, double overall) {
    }

    private final AppraisalStore store;
    private final CurrentUsers currentUsers;
    private final Organization organization;
    private final Members members;
    private final Clock clock;

    Appraisals(AppraisalStore store, CurrentUsers currentUsers, Organization organization, Members members, Clock clock) {
        this.store = store;
        this.currentUsers = currentUsers;
        this.organization = organization;
        this.members = members;
        this.clock = clock;
    }

    public long create(Long unitId, String title, List<String> dimensions, List<Long> raterIds, LocalDateTime opensAt,
                       LocalDateTime closesAt) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        var errors = new FieldErrors.Collector();
        if (unitId == null || organization.activeHandlingUnits().stream().map(HandlingUnitView::id).noneMatch(unitId::equals)) {
            errors.add("unitId", "请选择被评议单位");
        }
        if (Text.isBlank(title)) {
            errors.add("title", "请填写评议名称");
        }
        List<String> dims = dimensions == null ? List.of() : dimensions.stream().map(Text::trimToNull).filter(java.util.Objects::nonNull).distinct().toList();
        if (dims.isEmpty() || dims.size() > 10) {
            errors.add("dimensions", "请设置1至10个评议维度");
        }
        if (raterIds == null || raterIds.isEmpty()) {
            errors.add("raterIds", "请选择参加评议的委员");
        } else if (raterIds.stream().anyMatch(m -> m == null || members.find(m).isEmpty())) {
            errors.add("raterIds", "所选委员不存在");
        }
        if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
            errors.add("closesAt", "请填写评议时间（结束晚于开始）");
        }
        errors.throwIfAny();
        return store.add(staff.committeeId(), unitId, title.strip(), dims, opensAt.atZone(clock.getZone()).toInstant(),
                closesAt.atZone(clock.getZone()).toInstant(), new LinkedHashSet<>(raterIds), staff.username());
    }

    /** A member scores each dimension (0–100) once, within the period. */
    public void score(long appraisalId, List<Integer> scores) {
        CurrentUser member = currentUsers.require(Role.MEMBER);
        Summary a = store.find(member.committeeId(), appraisalId).orElseThrow(() -> BusinessException.notFound("评议"));
        Instant now = Instant.now(clock);
        if (now.isBefore(a.opensAt()) || now.isAfter(a.closesAt())) {
            throw BusinessException.conflict("不在评议时间内");
        }
        long me = member.memberId() == null ? -1 : member.memberId();
        boolean submitted = store.submittedLocked(appraisalId, me).orElseThrow(() -> BusinessException.forbidden("您不是本次评议的评议人"));
        if (submitted) {
            throw BusinessException.conflict("您已提交评议，不能重复提交");
        }
        if (scores == null || scores.size() != a.dimensions().size() || scores.stream().anyMatch(s -> s == null || s < 0 || s > 100)) {
            throw BusinessException.invalid("请为每个维度打分（0至100分）");
        }
        store.submit(appraisalId, me, scores);
    }

    /** Every appraisal of a committee, for its statistics (the caller has checked who may see them). */
    List<Summary> ofCommittee(long committeeId) {
        return store.list(committeeId, null);
    }

    /** Staff and leaders see every appraisal of the committee; members those they rate. */
    @Transactional(readOnly = true)
    public List<Summary> list() {
        CurrentUser user = currentUsers.get();
        return store.list(user.committeeId(), user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER) ? null
                : (user.memberId() == null ? -1L : user.memberId()));
    }

    /** One appraisal, as {@link #list()} shows it to the current user. */
    @Transactional(readOnly = true)
    public Summary one(long id) {
        return list().stream().filter(a -> a.id() == id).findFirst().orElseThrow(() -> BusinessException.notFound("评议"));
    }

    /** Averages and distribution per dimension; only staff and leaders see them. */
    @Transactional(readOnly = true)
    public Results results(long appraisalId) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        Summary a = store.find(user.committeeId(), appraisalId).orElseThrow(() -> BusinessException.notFound("评议"));
        List<DimensionResult> dims = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < a.dimensions().size(); i++) {
            var row = store.dimension(appraisalId, i);
            double avg = ((Number) row.get("average")).doubleValue();
            total += avg;
            dims.add(new DimensionResult(a.dimensions().get(i), Math.round(avg * 10) / 10.0, ((Number) row.get("excellent")).longValue(),
                    ((Number) row.get("good")).longValue(), ((Number) row.get("fair")).longValue(), ((Number) row.get("poor")).longValue()));
        }
        return new Results(a, a.quorum(), dims, dims.isEmpty() ? 0 : Math.round(total / dims.size() * 10) / 10.0);
    }
}
