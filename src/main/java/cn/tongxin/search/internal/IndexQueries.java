package cn.tongxin.search.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.search.SearchFilters;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * Reads the index. Permission is part of the query: a document is a hit only for the reader its visibility names (the
 * office of its committee, members when public, its own members, units and accounts), never filtered afterwards.
 */
@Component
public class IndexQueries {

    private final JdbcClient jdbc;

    IndexQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who reads: their committee and what they are in it (-1 for what they are not). */
    public record Reader(long committeeId, boolean office, boolean member, long memberId, long unitId, long accountId) {
    }

    /** A hit with what its facets need. */
    public record HitRow(SubjectRef subject, Integer year, String category, String status, List<String> units) {
    }

    /** What a result line shows. */
    public record PageRow(SubjectRef subject, String title, String body, Integer year, String category, String status,
                          List<String> units, String reference) {
    }

    static final String VISIBLE = """
            ((:office and d.office_visible) or (:member and d.members_visible) or :me = any(d.member_ids)
             or :unit = any(d.unit_ids) or :account = any(d.account_ids))""";

    /** The best {@code cap} hits, best first. */
    public List<HitRow> hits(Reader reader, QueryTerms terms, SearchFilters f, int cap) {
        Map<String, Object> p = params(reader);
        StringBuilder where = new StringBuilder();
        if (f.kind() != null) {
            where.append(" and d.subject_type = :kind");
            p.put("kind", f.kind().name());
        }
        if (f.year() != null) {
            where.append(" and d.year = :year");
            p.put("year", f.year());
        }
        if (f.category() != null) {
            where.append(" and d.category = :category");
            p.put("category", f.category());
        }
        if (f.status() != null) {
            where.append(" and d.status = :status");
            p.put("status", f.status());
        }
        if (f.unit() != null) {
            where.append(" and :unitName = any(d.units)");
            p.put("unitName", f.unit());
        }
        p.put("need", terms.requiredQuery());
        p.put("rank", terms.rankingQuery());
        p.put("cap", cap);
        return jdbc.sql("""
                select d.subject_type, d.subject_id, d.year, d.category, d.status, d.units
                  from search_document d
                 where d.committee_id = :committee and d.grams @@ cast(:need as tsquery) and""" + VISIBLE + where + """

                 order by ts_rank(d.words, cast(:rank as tsquery)) + ts_rank(d.grams, cast(:need as tsquery)) desc,
                          d.happened_on desc nulls last, d.subject_id desc
                 limit :cap""").params(p)
                .query((rs, n) -> new HitRow(SubjectRef.of(SubjectType.valueOf(rs.getString("subject_type")), rs.getLong("subject_id")),
                        rs.getObject("year", Integer.class), rs.getString("category"), rs.getString("status"),
                        Arrays.asList((String[]) rs.getArray("units").getArray())))
                .list();
    }

    /** The shown columns of these documents, in the order asked. */
    public List<PageRow> rows(List<SubjectRef> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        Map<SubjectRef, PageRow> found = new HashMap<>();
        jdbc.sql("""
                select d.subject_type, d.subject_id, d.title, d.body, d.year, d.category, d.status, d.units, d.reference
                  from search_document d
                  join unnest(cast(:types as text[]), cast(:ids as bigint[])) as s (subject_type, subject_id)
                    on s.subject_type = d.subject_type and s.subject_id = d.subject_id""")
                .param("types", SearchIndex.array(subjects.stream().map(s -> s.type().name()).toList()))
                .param("ids", SearchIndex.array(subjects.stream().map(SubjectRef::id).toList()))
                .query((rs, n) -> {
                    var ref = SubjectRef.of(SubjectType.valueOf(rs.getString("subject_type")), rs.getLong("subject_id"));
                    return found.put(ref, new PageRow(ref, rs.getString("title"), rs.getString("body"), rs.getObject("year", Integer.class),
                            rs.getString("category"), rs.getString("status"),
                            Arrays.asList((String[]) rs.getArray("units").getArray()), rs.getString("reference")));
                }).list();
        return subjects.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    static Map<String, Object> params(Reader reader) {
        Map<String, Object> p = new HashMap<>();
        p.put("committee", reader.committeeId());
        p.put("office", reader.office());
        p.put("member", reader.member());
        p.put("me", reader.memberId());
        p.put("unit", reader.unitId());
        p.put("account", reader.accountId());
        return p;
    }
}
