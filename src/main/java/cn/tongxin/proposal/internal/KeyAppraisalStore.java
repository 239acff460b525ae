package cn.tongxin.proposal.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.handling.HandlingQueries;
import cn.tongxin.proposal.KeyAppraisals.Appraisal;
import cn.tongxin.proposal.KeyAppraisals.UnitResult;
import cn.tongxin.proposal.KeyAppraisals.Verdict;
import cn.tongxin.shared.CountedRecord;

/** 民主评议 of the units handling key proposals: the appraisal, its units, who has rated, and the ratings (no rater). */
@Repository
public class KeyAppraisalStore {

    /** The appraisals opened in a period over a set of committees: {@code :committees}, {@code :from}, {@code :to} (dates). */
    public static final String IN_PERIOD = " from key_appraisal a where a.committee_id = any(:committees)"
            + " and a.opened_on between :from and :to";

    private final JdbcClient jdbc;

    KeyAppraisalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The year's key proposals (submitted in the year, not drafts and not withdrawn). */
    public List<Long> keyProposals(long committeeId, Timestamp from, Timestamp to) {
        return jdbc.sql("""
                select p.id from proposal p where p.committee_id = ? and p.key_proposal and p.status not in ('DRAFT', 'WITHDRAWN')
                   and p.submitted_at >= ? and p.submitted_at < ?""").params(committeeId, from, to).query(Long.class).list();
    }

    public boolean exists(long committeeId, int year) {
        return jdbc.sql("select count(*) from key_appraisal where committee_id = ? and year = ?").params(committeeId, year)
                .query(Long.class).single() > 0;
    }

    public long add(long committeeId, int year, String title, LocalDate openedOn, String by, List<HandlingQueries.UnitLoad> units) {
        long id = jdbc.sql("""
                insert into key_appraisal (committee_id, year, title, status, opened_on, opened_by) values (?, ?, ?, 'OPEN', ?, ?)
                returning id""").params(committeeId, year, title, openedOn, by).query(Long.class).single();
        units.forEach(u -> jdbc.sql("insert into key_appraisal_unit (appraisal_id, unit_id, unit_name, proposals) values (?, ?, ?, ?)")
                .params(id, u.unitId(), u.unitName(), u.subjects()).update());
        return id;
    }

    /** The appraisal, locked for a rating or closing. */
    public Optional<Appraisal> lock(long committeeId, long id) {
        return jdbc.sql("select id from key_appraisal where committee_id = ? and id = ? for update").params(committeeId, id)
                .query(Long.class).optional().flatMap(x -> find(committeeId, id, null));
    }

    public List<Appraisal> list(long committeeId, Long memberId) {
        List<Long> ids = jdbc.sql("select id from key_appraisal where committee_id = ? order by year desc, id desc limit 100")
                .params(committeeId).query(Long.class).list();
        List<Appraisal> out = new ArrayList<>();
        ids.forEach(id -> find(committeeId, id, memberId).ifPresent(out::add));
        return out;
    }

    public Optional<Appraisal> find(long committeeId, long id, Long memberId) {
        return jdbc.sql("""
                select a.id, a.year, a.title, a.status, a.opened_on, (select count(*) from key_appraisal_rater r where r.appraisal_id = a.id) as raters,
                       exists (select 1 from key_appraisal_rater r where r.appraisal_id = a.id and r.member_id = ?) as rated
                  from key_appraisal a where a.committee_id = ? and a.id = ?""")
                .params(memberId == null ? -1L : memberId, committeeId, id)
                .query((rs, n) -> new Appraisal(rs.getLong("id"), rs.getInt("year"), rs.getString("title"),
                        "OPEN".equals(rs.getString("status")), rs.getObject("opened_on", LocalDate.class), rs.getLong("raters"),
                        rs.getBoolean("rated"), units(id)))
                .optional();
    }

    private List<UnitResult> units(long appraisalId) {
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.sql("select unit_id, verdict, count(*) as n from key_appraisal_rating where appraisal_id = ? group by unit_id, verdict")
                .params(appraisalId)
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong("unit_id"), k -> new long[3])[Verdict.valueOf(rs.getString("verdict")).ordinal()]
                        = rs.getLong("n")).list();
        return jdbc.sql("select unit_id, unit_name, proposals from key_appraisal_unit where appraisal_id = ? order by unit_name")
                .params(appraisalId)
                .query((rs, n) -> {
                    long[] c = counts.getOrDefault(rs.getLong("unit_id"), new long[3]);
                    return new UnitResult(rs.getLong("unit_id"), rs.getString("unit_name"), rs.getInt("proposals"), c[0], c[1], c[2]);
                }).list();
    }

    /** Records that the member rated and stores the ratings apart, without the member. */
    public void rate(long appraisalId, long memberId, Map<Long, Verdict> verdicts) {
        jdbc.sql("insert into key_appraisal_rater (appraisal_id, member_id) values (?, ?)").params(appraisalId, memberId).update();
        verdicts.forEach((unit, verdict) -> jdbc.sql("insert into key_appraisal_rating (appraisal_id, unit_id, verdict) values (?, ?, ?)")
                .params(appraisalId, unit, verdict.name()).update());
    }

    public void close(long appraisalId) {
        jdbc.sql("update key_appraisal set status = 'CLOSED', closed_at = now() where id = ?").params(appraisalId).update();
    }

    /** Units appraised and ratings per verdict over the appraisals opened in the period: keys UNITS and each verdict. */
    public Map<String, Long> tally(Collection<Long> committeeIds, LocalDate from, LocalDate to) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("UNITS", 0L);
        for (Verdict v : Verdict.values()) {
            out.put(v.name(), 0L);
        }
        tallyPerCommittee(committeeIds, from, to).values().forEach(c -> c.forEach((k, n) -> out.merge(k, n, Long::sum)));
        return out;
    }

    /** {@link #tally} of each committee: UNITS where an appraisal was opened, a verdict where rated; committees with none absent. */
    public Map<Long, Map<String, Long>> tallyPerCommittee(Collection<Long> committeeIds, LocalDate from, LocalDate to) {
        Map<String, Object> params = Map.of("committees", committeeIds.toArray(Long[]::new), "from", from, "to", to);
        Map<Long, Map<String, Long>> out = new HashMap<>();
        jdbc.sql("select a.committee_id, 'UNITS' as k, (select count(*) from key_appraisal_unit u where u.appraisal_id = a.id) as n"
                        + IN_PERIOD + " union all select a.committee_id, r.verdict, count(*) from key_appraisal_rating r join key_appraisal a"
                        + " on a.id = r.appraisal_id where a.committee_id = any(:committees) and a.opened_on between :from and :to"
                        + " group by a.committee_id, r.verdict")
                .params(params)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), c -> new LinkedHashMap<>()).merge(rs.getString(2), rs.getLong(3), Long::sum))
                .list();
        return out;
    }

    /** The units the tally counts, one record each, with its satisfaction (满意 + 基本满意 ÷ ratings). */
    public List<CountedRecord> unitRecords(Collection<Long> committeeIds, LocalDate from, LocalDate to, int limit, long offset) {
        return jdbc.sql("""
                select a.id, a.title, a.opened_on, u.unit_name,
                       (select count(*) from key_appraisal_rating r where r.appraisal_id = a.id and r.unit_id = u.unit_id) as ratings,
                       (select count(*) from key_appraisal_rating r where r.appraisal_id = a.id and r.unit_id = u.unit_id
                           and r.verdict in ('SATISFIED', 'BASICALLY_SATISFIED')) as satisfied
                  from key_appraisal_unit u join key_appraisal a on a.id = u.appraisal_id
                 where a.committee_id = any(:committees) and a.opened_on between :from and :to
                 order by a.opened_on, a.id, u.unit_name limit :limit offset :offset""")
                .params(Map.of("committees", committeeIds.toArray(Long[]::new), "from", from, "to", to, "limit", limit, "offset", offset))
                .query((rs, n) -> {
                    long ratings = rs.getLong("ratings");
                    String status = ratings == 0 ? "未评议" : String.format("满意和基本满意 %.1f%%", rs.getLong("satisfied") * 100.0 / ratings);
                    return new CountedRecord(null, rs.getString("unit_name") + "（" + rs.getString("title") + "）",
                            rs.getObject("opened_on", LocalDate.class), status, "/proposals/key-appraisals/" + rs.getLong("id"));
                }).list();
    }

    /** The ratings the tally counts (of one verdict, or all when null): unit, appraisal and verdict, never the rater. */
    public List<CountedRecord> ratingRecords(Collection<Long> committeeIds, LocalDate from, LocalDate to, Verdict verdict, int limit,
                                             long offset) {
        Map<String, Object> params = new HashMap<>(Map.of("committees", committeeIds.toArray(Long[]::new), "from", from, "to", to,
                "limit", limit, "offset", offset, "verdict", verdict == null ? "" : verdict.name()));
        return jdbc.sql("""
                select a.id, a.title, a.opened_on, u.unit_name, r.verdict
                  from key_appraisal_rating r join key_appraisal a on a.id = r.appraisal_id
                  join key_appraisal_unit u on u.appraisal_id = r.appraisal_id and u.unit_id = r.unit_id
                 where a.committee_id = any(:committees) and a.opened_on between :from and :to
                   and (:verdict = '' or r.verdict = :verdict)
                 order by a.opened_on, a.id, u.unit_name, r.verdict, r.id limit :limit offset :offset""")
                .params(params)
                .query((rs, n) -> new CountedRecord(null, rs.getString("unit_name") + "（" + rs.getString("title") + "）",
                        rs.getObject("opened_on", LocalDate.class), Verdict.valueOf(rs.getString("verdict")).label(),
                        "/proposals/key-appraisals/" + rs.getLong("id"))).list();
    }
}
