package cn.tongxin.search.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.shared.SubjectType;

/**
 * Candidates for similar proposals from the index: the reader's visible, non-draft proposals of the committee since a
 * year that share any of the draft's words (best 100 by rank), and how many proposals in that scope contain each word
 * (the document frequencies the TF-IDF weights need; drafts are not counted).
 */
@Component
public class SimilarCandidates {

    static final int POOL = 100;

    private final JdbcClient jdbc;

    SimilarCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Candidate(long id, String title, String terms, String number, Integer year, String status, String replyCategories,
                            List<String> units, List<Long> unitIds) {
    }

    /** Whose eyes, which years, which proposal left out; {@code handledOnly}: only proposals handed to units. */
    public record Scope(IndexQueries.Reader reader, int sinceYear, Integer onlyYear, long excludeId, boolean handledOnly) {
        public Scope(IndexQueries.Reader reader, int sinceYear, Integer onlyYear, long excludeId) {
            this(reader, sinceYear, onlyYear, excludeId, false);
        }
    }

    /** A proposal's own indexed title and words, when it is the committee's. */
    public record Own(String title, String terms, Integer year) {
    }

    public java.util.Optional<Own> own(long committeeId, long proposalId) {
        return jdbc.sql("select title, terms, year from search_document where subject_type = ? and subject_id = ? and committee_id = ?")
                .params(SubjectType.PROPOSAL.name(), proposalId, committeeId)
                .query((rs, n) -> new Own(rs.getString("title"), rs.getString("terms"), rs.getObject("year", Integer.class))).optional();
    }

    public List<Candidate> candidates(Scope scope, LinkedHashSet<String> words) {
        Map<String, Object> p = params(scope);
        p.put("any", QueryTerms.join(words, " | "));
        p.put("pool", POOL);
        // the committee's scope first (materialised): the cost follows the committee's own proposals; a generic plan
        // otherwise intersects with the words' GIN entries of the whole province (0.7 s for a common word there)
        return jdbc.sql("""
                with scope as materialized (
                select d.subject_id, d.title, d.terms, d.reference, d.year, d.status, d.reply_categories, d.units, d.unit_ids, d.words
                  from search_document d
                 where d.committee_id = :committee and d.subject_type = :proposal and d.office_visible and d.year >= :since
                   and (cast(:onlyYear as int) is null or d.year = :onlyYear) and d.subject_id <> :exclude
                   and (not :handledOnly or cardinality(d.unit_ids) > 0) and""" + IndexQueries.VISIBLE + """
                )
                select subject_id, title, terms, reference, year, status, reply_categories, units, unit_ids
                  from scope d
                 where d.words @@ cast(:any as tsquery)
                 order by ts_rank(d.words, cast(:any as tsquery)) desc, d.subject_id desc
                 limit :pool""").params(p)
                .query((rs, n) -> new Candidate(rs.getLong("subject_id"), rs.getString("title"), rs.getString("terms"),
                        rs.getString("reference"), rs.getObject("year", Integer.class), rs.getString("status"),
                        rs.getString("reply_categories"), Arrays.asList((String[]) rs.getArray("units").getArray()),
                        Arrays.asList((Long[]) rs.getArray("unit_ids").getArray())))
                .list();
    }

    /** The number of proposals in scope, and per word how many contain it (from the word counts: one indexed query). */
    public Frequencies frequencies(Scope scope, LinkedHashSet<String> words) {
        Map<String, Object> p = params(scope);
        p.put("words", SearchIndex.array(words));
        Map<String, Long> df = new HashMap<>();
        jdbc.sql("""
                select word, sum(documents) as df from search_word_count
                 where committee_id = :committee and subject_type = :proposal and year >= :since
                   and (cast(:onlyYear as int) is null or year = :onlyYear) and word = any(cast(:words as text[]))
                 group by word""").params(p)
                .query((rs, n) -> df.put(rs.getString("word"), rs.getLong("df"))).list();
        long documents = jdbc.sql("""
                select count(*) from search_document d
                 where d.committee_id = :committee and d.subject_type = :proposal and d.office_visible and d.year >= :since
                   and (cast(:onlyYear as int) is null or d.year = :onlyYear)""")
                .params(p).query(Long.class).single();
        return new Frequencies(documents, df);
    }

    public record Frequencies(long documents, Map<String, Long> df) {
    }

    private static Map<String, Object> params(Scope scope) {
        Map<String, Object> p = IndexQueries.params(scope.reader());
        p.put("proposal", SubjectType.PROPOSAL.name());
        p.put("since", scope.sinceYear());
        p.put("onlyYear", scope.onlyYear());
        p.put("exclude", scope.excludeId());
        p.put("handledOnly", scope.handledOnly());
        return p;
    }
}
