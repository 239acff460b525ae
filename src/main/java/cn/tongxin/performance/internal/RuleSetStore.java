package cn.tongxin.performance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.performance.RuleSet;
import tools.jackson.databind.json.JsonMapper;

/** Rule sets per committee and year, the rules kept as JSON. */
@Component
public class RuleSetStore {

    private static final String COLUMNS = "id, year, name, status, rules::text as rules, copied_from, version, created_by, "
            + "published_by, published_at, superseded_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    /**
     * Parsed rules by set id. A set's rules change only with its version (every update bumps it), so a parsed set is
     * reused while the row's version is the one it was parsed at; every score refresh reads the published set.
     */
    private final Map<Long, Parsed> parsed = new ConcurrentHashMap<>();

    private record Parsed(int version, RuleSet rules) {
    }

    RuleSetStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public enum Status {
        DRAFT, PUBLISHED, SUPERSEDED
    }

    public record Stored(long id, int year, String name, Status status, RuleSet rules, Long copiedFrom, int version,
                         String createdBy, String publishedBy, Instant publishedAt, Instant supersededAt) {
    }

    public Optional<Stored> published(long committeeId, int year) {
        return jdbc.sql("select " + COLUMNS + " from performance_rule_set where committee_id = ? and year = ? and status = 'PUBLISHED'")
                .params(committeeId, year).query(this::stored).optional();
    }

    /** The latest published set of an earlier year, to carry over. */
    public Optional<Stored> latestPublishedBefore(long committeeId, int year) {
        return jdbc.sql("select " + COLUMNS + " from performance_rule_set where committee_id = ? and year < ? and status = 'PUBLISHED'"
                        + " order by year desc limit 1")
                .params(committeeId, year).query(this::stored).optional();
    }

    /** The one superseded last before the current published set (for comparison). */
    public Optional<Stored> previous(long committeeId, int year) {
        return jdbc.sql("select " + COLUMNS + " from performance_rule_set where committee_id = ? and year = ? and status = 'SUPERSEDED'"
                        + " order by superseded_at desc, id desc limit 1")
                .params(committeeId, year).query(this::stored).optional();
    }

    public Optional<Stored> find(long committeeId, long id) {
        return jdbc.sql("select " + COLUMNS + " from performance_rule_set where committee_id = ? and id = ?")
                .params(committeeId, id).query(this::stored).optional();
    }

    public Optional<Stored> lock(long committeeId, long id) {
        return jdbc.sql("select " + COLUMNS + " from performance_rule_set where committee_id = ? and id = ? for update")
                .params(committeeId, id).query(this::stored).optional();
    }

    public List<Stored> list(long committeeId) {
        return jdbc.sql("select " + COLUMNS + " from performance_rule_set where committee_id = ? order by year desc, id desc limit 200")
                .params(committeeId).query(this::stored).list();
    }

    /** Publishes a set for a year that has none (first use of a year); empty when another thread did it first. */
    public Optional<Long> insertPublished(long committeeId, int year, RuleSet rules, Long copiedFrom, String by) {
        return jdbc.sql("""
                insert into performance_rule_set (committee_id, year, name, status, rules, copied_from, created_by, published_by, published_at)
                values (?, ?, ?, 'PUBLISHED', ?::jsonb, ?, ?, ?, now())
                on conflict (committee_id, year) where status = 'PUBLISHED' do nothing returning id""")
                .params(committeeId, year, rules.name(), write(rules), copiedFrom, by, by)
                .query(Long.class).optional();
    }

    public long insertDraft(long committeeId, int year, RuleSet rules, Long copiedFrom, String by) {
        return jdbc.sql("""
                insert into performance_rule_set (committee_id, year, name, status, rules, copied_from, created_by)
                values (?, ?, ?, 'DRAFT', ?::jsonb, ?, ?) returning id""")
                .params(committeeId, year, rules.name(), write(rules), copiedFrom, by).query(Long.class).single();
    }

    /** False when the draft changed since it was read (someone else saved it). */
    public boolean updateDraft(long committeeId, long id, int version, RuleSet rules) {
        return jdbc.sql("""
                update performance_rule_set set rules = ?::jsonb, name = ?, version = version + 1, updated_at = now()
                 where committee_id = ? and id = ? and version = ? and status = 'DRAFT'""")
                .params(write(rules), rules.name(), committeeId, id, version).update() == 1;
    }

    public void deleteDraft(long committeeId, long id) {
        jdbc.sql("delete from performance_rule_set where committee_id = ? and id = ? and status = 'DRAFT'").params(committeeId, id).update();
    }

    /** The year's published set becomes superseded and this draft is published. */
    public void publish(long committeeId, long id, int year, String by) {
        jdbc.sql("""
                update performance_rule_set set status = 'SUPERSEDED', superseded_at = now(), version = version + 1, updated_at = now()
                 where committee_id = ? and year = ? and status = 'PUBLISHED'""").params(committeeId, year).update();
        jdbc.sql("""
                update performance_rule_set set status = 'PUBLISHED', published_by = ?, published_at = now(), version = version + 1,
                       updated_at = now() where committee_id = ? and id = ?""").params(by, committeeId, id).update();
    }

    public String write(RuleSet rules) {
        return json.writeValueAsString(rules);
    }

    public RuleSet read(String text) {
        return json.readValue(text, RuleSet.class);
    }

    private Stored stored(ResultSet rs, int n) throws SQLException {
        var pub = rs.getTimestamp("published_at");
        var sup = rs.getTimestamp("superseded_at");
        long id = rs.getLong("id");
        int version = rs.getInt("version");
        var cached = parsed.get(id);
        RuleSet rules;
        if (cached != null && cached.version() == version) {
            rules = cached.rules();
        } else {
            rules = read(rs.getString("rules"));
            if (parsed.size() > 2_000) { // committees × years in use: far fewer
                parsed.clear();
            }
            parsed.put(id, new Parsed(version, rules));
        }
        return new Stored(id, rs.getInt("year"), rs.getString("name"), Status.valueOf(rs.getString("status")),
                rules, (Long) rs.getObject("copied_from"), version, rs.getString("created_by"),
                rs.getString("published_by"), pub == null ? null : pub.toInstant(), sup == null ? null : sup.toInstant());
    }
}
