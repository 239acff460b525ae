package cn.tongxin.activity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.activity.Appraisals.Summary;

/** Appraisals, who may score, and the scores — which carry a random sheet id and never a rater. */
@Repository
public class AppraisalStore {

    private static final String SUMMARY = """
            select a.id, a.title, u.name as unit_name, a.dimensions, a.opens_at, a.closes_at,
                   (select count(*) from appraisal_rater r where r.appraisal_id = a.id) as raters,
                   (select count(*) from appraisal_rater r where r.appraisal_id = a.id and r.submitted) as submitted
              from appraisal a join handling_unit u on u.id = a.unit_id""";

    private final JdbcClient jdbc;

    AppraisalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(long committeeId, long unitId, String title, List<String> dimensions, Instant opensAt, Instant closesAt,
                    Collection<Long> raters, String by) {
        long id = jdbc.sql("""
                insert into appraisal (committee_id, unit_id, title, dimensions, opens_at, closes_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(committeeId, unitId, title, String.join("\n", dimensions), Timestamp.from(opensAt), Timestamp.from(closesAt), by)
                .query(Long.class).single();
        raters.forEach(m -> jdbc.sql("insert into appraisal_rater (appraisal_id, member_id) values (?, ?)").params(id, m).update());
        return id;
    }

    /** Whether the member may score and has: empty when not a rater. Locks the rater's row. */
    public Optional<Boolean> submittedLocked(long appraisalId, long memberId) {
        return jdbc.sql("select submitted from appraisal_rater where appraisal_id = ? and member_id = ? for update")
                .params(appraisalId, memberId).query(Boolean.class).optional();
    }

    /** Marks the member as having scored and stores the scores under a fresh sheet id, apart from them. */
    public void submit(long appraisalId, long memberId, List<Integer> scores) {
        jdbc.sql("update appraisal_rater set submitted = true where appraisal_id = ? and member_id = ?").params(appraisalId, memberId).update();
        UUID sheet = UUID.randomUUID();
        for (int i = 0; i < scores.size(); i++) {
            jdbc.sql("insert into appraisal_score (id, appraisal_id, sheet, dimension, score) values (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), appraisalId, sheet, i, scores.get(i)).update();
        }
    }

    /** Appraisals of the committee; {@code raterId} limits them to those the member rates. */
    public List<Summary> list(long committeeId, Long raterId) {
        String visible = raterId == null ? "" : " and exists (select 1 from appraisal_rater r where r.appraisal_id = a.id and r.member_id = :rater)";
        return jdbc.sql(SUMMARY + " where a.committee_id = :committee" + visible + " order by a.opens_at desc limit 200")
                .param("committee", committeeId).param("rater", raterId == null ? -1 : raterId).query(AppraisalStore::summary).list();
    }

    public Optional<Summary> find(long committeeId, long id) {
        return jdbc.sql(SUMMARY + " where a.committee_id = ? and a.id = ?").params(committeeId, id).query(AppraisalStore::summary).optional();
    }

    /** Average and distribution of one dimension's scores. */
    public Map<String, Object> dimension(long appraisalId, int dimension) {
        return jdbc.sql("""
                select coalesce(avg(score), 0) as average, count(*) filter (where score >= 90) as excellent,
                       count(*) filter (where score between 80 and 89) as good, count(*) filter (where score between 60 and 79) as fair,
                       count(*) filter (where score < 60) as poor
                  from appraisal_score where appraisal_id = ? and dimension = ?""").params(appraisalId, dimension).query().singleRow();
    }

    private static Summary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Summary(rs.getLong("id"), rs.getString("title"), rs.getString("unit_name"),
                Arrays.asList(rs.getString("dimensions").split("\n")), rs.getTimestamp("opens_at").toInstant(),
                rs.getTimestamp("closes_at").toInstant(), rs.getLong("raters"), rs.getLong("submitted"));
    }
}
