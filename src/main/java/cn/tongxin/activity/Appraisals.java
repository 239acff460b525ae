package cn.tongxin.activity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
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

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Organization organization;
    private final Clock clock;

    Appraisals(JdbcClient jdbc, CurrentUsers currentUsers, Organization organization, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.organization = organization;
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
        }
        if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
            errors.add("closesAt", "请填写评议时间（结束晚于开始）");
        }
        errors.throwIfAny();
        long id = jdbc.sql("""
                insert into appraisal (committee_id, unit_id, title, dimensions, opens_at, closes_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(staff.committeeId(), unitId, title.strip(), String.join("\n", dims),
                        Timestamp.from(opensAt.atZone(clock.getZone()).toInstant()), Timestamp.from(closesAt.atZone(clock.getZone()).toInstant()),
                        staff.username()).query(Long.class).single();
        Set.copyOf(raterIds).forEach(m -> jdbc.sql("insert into appraisal_rater (appraisal_id, member_id) values (?, ?)").params(id, m).update());
        return id;
    }

    /** A member scores each dimension (0–100) once, within the period. */
    public void score(long appraisalId, List<Integer> scores) {
        CurrentUser member = currentUsers.require(Role.MEMBER);
        Summary a = summary(member.committeeId(), appraisalId);
        Instant now = Instant.now(clock);
        if (now.isBefore(a.opensAt()) || now.isAfter(a.closesAt())) {
            throw BusinessException.conflict("不在评议时间内");
        }
        var rater = jdbc.sql("select submitted from appraisal_rater where appraisal_id = ? and member_id = ? for update")
                .params(appraisalId, member.memberId() == null ? -1 : member.memberId()).query(Boolean.class).optional()
                .orElseThrow(() -> BusinessException.forbidden("您不是本次评议的评议人"));
        if (rater) {
            throw BusinessException.conflict("您已提交评议，不能重复提交");
        }
        if (scores == null || scores.size() != a.dimensions().size() || scores.stream().anyMatch(s -> s == null || s < 0 || s > 100)) {
            throw BusinessException.invalid("请为每个维度打分（0至100分）");
        }
        jdbc.sql("update appraisal_rater set submitted = true where appraisal_id = ? and member_id = ?")
                .params(appraisalId, member.memberId()).update();
        UUID sheet = UUID.randomUUID();
        for (int i = 0; i < scores.size(); i++) {
            jdbc.sql("insert into appraisal_score (id, appraisal_id, sheet, dimension, score) values (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), appraisalId, sheet, i, scores.get(i)).update();
        }
    }

    @Transactional(readOnly = true)
    public List<Summary> list() {
        CurrentUser user = currentUsers.get();
        String visible = user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER) ? ""
                : " and exists (select 1 from appraisal_rater r where r.appraisal_id = a.id and r.member_id = " + (user.memberId() == null ? -1 : user.memberId()) + ")";
        return jdbc.sql(SUMMARY + " where a.committee_id = ?" + visible + " order by a.opens_at desc limit 200").param(user.committeeId())
                .query(Appraisals::summary).list();
    }

    /** Averages and distribution per dimension; only staff and leaders see them. */
    @Transactional(readOnly = true)
    public Results results(long appraisalId) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        Summary a = summary(user.committeeId(), appraisalId);
        List<DimensionResult> dims = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < a.dimensions().size(); i++) {
            var row = jdbc.sql("""
                    select coalesce(avg(score), 0) as average, count(*) filter (where score >= 90) as excellent,
                           count(*) filter (where score between 80 and 89) as good, count(*) filter (where score between 60 and 79) as fair,
                           count(*) filter (where score < 60) as poor
                      from appraisal_score where appraisal_id = ? and dimension = ?""").params(appraisalId, i).query().singleRow();
            double avg = ((Number) row.get("average")).doubleValue();
            total += avg;
            dims.add(new DimensionResult(a.dimensions().get(i), Math.round(avg * 10) / 10.0, ((Number) row.get("excellent")).longValue(),
                    ((Number) row.get("good")).longValue(), ((Number) row.get("fair")).longValue(), ((Number) row.get("poor")).longValue()));
        }
        return new Results(a, a.quorum(), dims, dims.isEmpty() ? 0 : Math.round(total / dims.size() * 10) / 10.0);
    }

    private static final String SUMMARY = """
            select a.id, a.title, u.name as unit_name, a.dimensions, a.opens_at, a.closes_at,
                   (select count(*) from appraisal_rater r where r.appraisal_id = a.id) as raters,
                   (select count(*) from appraisal_rater r where r.appraisal_id = a.id and r.submitted) as submitted
              from appraisal a join handling_unit u on u.id = a.unit_id""";

    private Summary summary(long committeeId, long id) {
        return jdbc.sql(SUMMARY + " where a.committee_id = ? and a.id = ?").params(committeeId, id).query(Appraisals::summary)
                .optional().orElseThrow(() -> BusinessException.notFound("评议"));
    }

    private static Summary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Summary(rs.getLong("id"), rs.getString("title"), rs.getString("unit_name"),
                Arrays.asList(rs.getString("dimensions").split("\n")), rs.getTimestamp("opens_at").toInstant(),
                rs.getTimestamp("closes_at").toInstant(), rs.getLong("raters"), rs.getLong("submitted"));
    }
}
