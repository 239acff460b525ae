package cn.tongxin.performance.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.performance.Flag;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Members' results per year and rule set: what rankings, grades and flags read. */
@Component
public class ScoreStore {

    private static final TypeReference<LinkedHashMap<String, BigDecimal>> CATEGORIES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ScoreStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record Row(long memberId, BigDecimal total, String grade, Map<String, BigDecimal> categories, List<Flag> flags, int entries) {
    }

    /** Saves results (one statement for any number of members). */
    public void save(long committeeId, int year, long ruleSetId, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        Long[] members = new Long[n];
        BigDecimal[] totals = new BigDecimal[n];
        String[] grades = new String[n];
        String[] categories = new String[n];
        String[] flags = new String[n];
        Integer[] entries = new Integer[n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            members[i] = r.memberId();
            totals[i] = r.total();
            grades[i] = r.grade();
            categories[i] = json.writeValueAsString(r.categories());
            flags[i] = String.join(",", r.flags().stream().map(Enum::name).toList());
            entries[i] = r.entries();
        }
        jdbc.sql("""
                insert into performance_score (committee_id, year, rule_set_id, member_id, total, grade, categories, flags, entries, computed_at)
                select ?, ?, ?, m, t, g, c::jsonb, case when f = '' then '{}'::varchar[] else string_to_array(f, ',')::varchar[] end, e, now()
                  from unnest(?::bigint[], ?::numeric[], ?::varchar[], ?::text[], ?::text[], ?::int[]) as u(m, t, g, c, f, e)
                on conflict (committee_id, year, rule_set_id, member_id) do update
                   set total = excluded.total, grade = excluded.grade, categories = excluded.categories, flags = excluded.flags,
                       entries = excluded.entries, computed_at = excluded.computed_at""")
                .params(committeeId, year, ruleSetId, members, totals, grades, categories, flags, entries).update();
    }

    /** Drops results of members that no longer have any entry (their result is the empty record's). */
    public void keepOnly(long committeeId, int year, long ruleSetId, List<Long> memberIds) {
        jdbc.sql("delete from performance_score where committee_id = ? and year = ? and rule_set_id = ? and member_id <> all(?::bigint[])")
                .params(committeeId, year, ruleSetId, memberIds.toArray(Long[]::new)).update();
    }

    public Optional<Row> of(long committeeId, int year, long ruleSetId, long memberId) {
        return jdbc.sql("select member_id, total, grade, categories::text, flags, entries from performance_score"
                        + " where committee_id = ? and year = ? and rule_set_id = ? and member_id = ?")
                .params(committeeId, year, ruleSetId, memberId).query(this::row).optional();
    }

    /** All results of a year under a set, best first (a committee has at most a few thousand members). */
    public List<Row> all(long committeeId, int year, long ruleSetId) {
        return jdbc.sql("select member_id, total, grade, categories::text, flags, entries from performance_score"
                        + " where committee_id = ? and year = ? and rule_set_id = ? order by total desc, member_id")
                .params(committeeId, year, ruleSetId).query(this::row).list();
    }

    /** One member's results of several years, each under its year's rule set (one query for a whole term). */
    public Map<Integer, Row> ofMember(long committeeId, long memberId, Map<Integer, Long> ruleSetByYear) {
        Map<Integer, Row> byYear = new LinkedHashMap<>();
        if (ruleSetByYear.isEmpty()) {
            return byYear;
        }
        jdbc.sql("select year, rule_set_id, member_id, total, grade, categories::text, flags, entries from performance_score"
                        + " where committee_id = ? and member_id = ? and rule_set_id = any(?::bigint[])")
                .params(committeeId, memberId, ruleSetByYear.values().toArray(Long[]::new))
                .query((rs, n) -> {
                    int year = rs.getInt("year");
                    if (ruleSetByYear.get(year) != null && ruleSetByYear.get(year) == rs.getLong("rule_set_id")) {
                        byYear.put(year, row(rs, n));
                    }
                    return year;
                }).list();
        return byYear;
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        var flags = new ArrayList<Flag>();
        Arrays.stream((Object[]) rs.getArray("flags").getArray()).map(o -> Flag.valueOf((String) o)).forEach(flags::add);
        return new Row(rs.getLong("member_id"), rs.getBigDecimal("total"), rs.getString("grade"),
                json.readValue(rs.getString("categories"), CATEGORIES), flags, rs.getInt("entries"));
    }
}
