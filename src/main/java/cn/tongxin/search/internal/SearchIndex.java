package cn.tongxin.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.shared.SubjectRef;

/**
 * The {@code search_document} table: documents written (segmented here, once) and removed. {@code terms} keeps the
 * record's own words in order (title and text, not the replies) for similarity and hot words. Lexemes go in as arrays
 * ({@code array_to_tsvector}): PostgreSQL's parser never sees the Chinese text.
 */
@Component
public class SearchIndex {

    private final JdbcClient jdbc;
    private final ChineseText text = ChineseText.shared();

    SearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void put(SearchDocument d) {
        write(List.of(prepare(d)));
    }

    /** Many documents in a few statements (the rebuild's batches); the same rows and counts as {@link #put} one by one. */
    public void putAll(List<SearchDocument> documents) {
        write(documents.stream().map(this::prepare).toList());
    }

    /** A document cut into what is stored: the CPU part of writing it, thread-safe, done before any statement. */
    public record Prepared(SearchDocument document, List<String> all, String words, List<String> grams) {
        String key() {
            return document.subject().type().name() + document.subject().id();
        }
    }

    public Prepared prepare(SearchDocument d) {
        String body = d.body() == null ? "" : d.body();
        String replies = d.replies() == null ? "" : d.replies();
        List<String> titleWords = text.words(d.title());
        List<String> ownWords = text.words(body);
        List<String> all = new ArrayList<>(titleWords);
        all.addAll(ownWords);
        List<String> bodyWords = new ArrayList<>(ownWords);
        bodyWords.addAll(text.words(replies));
        var grams = ChineseText.grams(d.title());
        grams.addAll(ChineseText.grams(body));
        grams.addAll(ChineseText.grams(replies));
        return new Prepared(d, all, tsvector(titleWords, bodyWords), new ArrayList<>(grams));
    }

    /** Writes prepared documents (a later one of the same record wins) in one statement, and moves the word counts once. */
    public void write(List<Prepared> prepared) {
        java.util.Map<String, Prepared> byKey = new java.util.TreeMap<>();
        prepared.forEach(p -> byKey.put(p.key(), p));
        if (byKey.isEmpty()) {
            return;
        }
        List<Prepared> ps = List.copyOf(byKey.values());
        List<SubjectRef> subjects = ps.stream().map(p -> p.document().subject()).toList();
        lock(subjects);
        java.util.Map<SubjectRef, Counted> before = counted(subjects);
        List<Counted[]> moves = new ArrayList<>();
        for (Prepared p : ps) {
            SearchDocument d = p.document();
            // a draft's words are its author's business: counted from submission on
            Counted after = d.visibility().office() ? new Counted(d.subject().type().name(), d.committeeId(),
                    d.year() == null ? 0 : d.year(), d.category() == null ? "" : d.category(), new TreeSet<>(p.all())) : null;
            moves.add(new Counted[] {before.get(d.subject()), after});
        }
        List<String> units = new ArrayList<>(), memberIds = new ArrayList<>(), unitIds = new ArrayList<>(), accountIds = new ArrayList<>(),
                grams = new ArrayList<>(), bodies = new ArrayList<>(), terms = new ArrayList<>();
        for (Prepared p : ps) {
            SearchDocument d = p.document();
            String replies = d.replies() == null ? "" : d.replies();
            String body = d.body() == null ? "" : d.body();
            units.add(array(d.units()));
            memberIds.add(array(d.visibility().memberIds()));
            unitIds.add(array(d.visibility().unitIds()));
            accountIds.add(array(d.visibility().accountIds()));
            grams.add(array(p.grams()));
            bodies.add(replies.isEmpty() ? body : body + "\n" + replies);
            terms.add(String.join(" ", p.all()));
        }
        jdbc.sql("""
                insert into search_document (subject_type, subject_id, committee_id, year, category, status, units, reference,
                       reply_categories, title, body, terms, words, grams, office_visible, members_visible, member_ids, unit_ids,
                       account_ids, happened_on, indexed_at)
                select x.type, x.id, x.committee, x.year, x.category, x.status, cast(x.units as text[]), x.reference, x.replies, x.title,
                       x.body, x.terms, cast(x.words as tsvector), array_to_tsvector(cast(x.grams as text[])), x.office, x.members,
                       cast(x.member_ids as bigint[]), cast(x.unit_ids as bigint[]), cast(x.account_ids as bigint[]), x.happened_on, now()
                  from unnest(cast(:types as text[]), cast(:ids as bigint[]), cast(:committees as bigint[]), cast(:years as int[]),
                              cast(:categories as text[]), cast(:statuses as text[]), cast(:units as text[]), cast(:references as text[]),
                              cast(:replyCategories as text[]), cast(:titles as text[]), cast(:bodies as text[]), cast(:terms as text[]),
                              cast(:words as text[]), cast(:grams as text[]), cast(:offices as boolean[]), cast(:members as boolean[]),
                              cast(:memberIds as text[]), cast(:unitIds as text[]), cast(:accountIds as text[]), cast(:happened as date[]))
                       as x (type, id, committee, year, category, status, units, reference, replies, title, body, terms, words, grams,
                             office, members, member_ids, unit_ids, account_ids, happened_on)
                on conflict (subject_type, subject_id) do update set committee_id = excluded.committee_id, year = excluded.year,
                       category = excluded.category, status = excluded.status, units = excluded.units, reference = excluded.reference,
                       reply_categories = excluded.reply_categories, title = excluded.title, body = excluded.body, terms = excluded.terms,
                       words = excluded.words, grams = excluded.grams, office_visible = excluded.office_visible,
                       members_visible = excluded.members_visible, member_ids = excluded.member_ids, unit_ids = excluded.unit_ids,
                       account_ids = excluded.account_ids, happened_on = excluded.happened_on, indexed_at = now()""")
                .param("types", array(subjects.stream().map(s -> s.type().name()).toList()))
                .param("ids", array(subjects.stream().map(SubjectRef::id).toList()))
                .param("committees", array(ps.stream().map(p -> p.document().committeeId()).toList()))
                .param("years", nullableArray(ps.stream().map(p -> p.document().year()).toList()))
                .param("categories", nullableArray(ps.stream().map(p -> p.document().category()).toList()))
                .param("statuses", array(ps.stream().map(p -> p.document().status()).toList()))
                .param("units", array(units))
                .param("references", nullableArray(ps.stream().map(p -> p.document().reference()).toList()))
                .param("replyCategories", nullableArray(ps.stream().map(p -> p.document().replyCategories()).toList()))
                .param("titles", array(ps.stream().map(p -> p.document().title()).toList()))
                .param("bodies", array(bodies)).param("terms", array(terms))
                .param("words", array(ps.stream().map(Prepared::words).toList())).param("grams", array(grams))
                .param("offices", array(ps.stream().map(p -> p.document().visibility().office()).toList()))
                .param("members", array(ps.stream().map(p -> p.document().visibility().members()).toList()))
                .param("memberIds", array(memberIds)).param("unitIds", array(unitIds)).param("accountIds", array(accountIds))
                .param("happened", nullableArray(ps.stream().map(p -> p.document().happenedOn()).toList()))
                .update();
        recount(moves);
    }

    public void remove(SubjectRef subject) {
        lock(List.of(subject));
        Counted before = counted(List.of(subject)).get(subject);
        jdbc.sql("delete from search_document where subject_type = ? and subject_id = ?")
                .params(subject.type().name(), subject.id()).update();
        List<Counted[]> moves = new ArrayList<>();
        moves.add(new Counted[] {before, null});
        recount(moves);
    }

    /** A document's counted words and where they are counted. */
    private record Counted(String type, long committeeId, int year, String category, TreeSet<String> words) {
        boolean sameBucket(Counted o) {
            return type.equals(o.type) && committeeId == o.committeeId && year == o.year && category.equals(o.category);
        }
    }

    /**
     * One writer per document at a time (an event and a rebuild may meet): the word counts move exactly once. Taken in
     * one order (the keys sorted), so two batches cannot deadlock.
     */
    private void lock(List<SubjectRef> subjects) {
        jdbc.sql("""
                select pg_advisory_xact_lock(hashtext('search_document'), hashtext(x.k))
                  from (select k from unnest(cast(? as text[])) k order by k) x""")
                .param(array(subjects.stream().map(s -> s.type().name() + s.id()).sorted().toList())).query((rs, n) -> 0).list();
    }

    private java.util.Map<SubjectRef, Counted> counted(List<SubjectRef> subjects) {
        java.util.Map<SubjectRef, Counted> found = new java.util.HashMap<>();
        jdbc.sql("""
                select d.subject_type, d.subject_id, d.committee_id, d.year, d.category, d.terms
                  from search_document d
                  join unnest(cast(:types as text[]), cast(:ids as bigint[])) as s (subject_type, subject_id)
                    on s.subject_type = d.subject_type and s.subject_id = d.subject_id
                 where d.office_visible""")
                .param("types", array(subjects.stream().map(s -> s.type().name()).toList()))
                .param("ids", array(subjects.stream().map(SubjectRef::id).toList()))
                .query((rs, n) -> found.put(SubjectRef.of(cn.tongxin.shared.SubjectType.valueOf(rs.getString("subject_type")),
                                rs.getLong("subject_id")),
                        new Counted(rs.getString("subject_type"), rs.getLong("committee_id"), rs.getObject("year") == null ? 0 : rs.getInt("year"),
                                rs.getString("category") == null ? "" : rs.getString("category"), distinct(rs.getString("terms")))))
                .list();
        return found;
    }

    private static TreeSet<String> distinct(String terms) {
        TreeSet<String> words = new TreeSet<>();
        for (String w : terms.split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** A word's count in one bucket. */
    private record Bucket(long committeeId, String type, String word, int year, String category) implements Comparable<Bucket> {
        private static final java.util.Comparator<Bucket> ORDER = java.util.Comparator.comparingLong(Bucket::committeeId)
                .thenComparing(Bucket::type).thenComparing(Bucket::word).thenComparingInt(Bucket::year).thenComparing(Bucket::category);

        @Override
        public int compareTo(Bucket o) {
            return ORDER.compare(this, o);
        }
    }

    /**
     * The words' counts move by the differences of every (before, after) pair, summed per bucket, in one statement (rows
     * locked in the primary key's order: no deadlock between writers); counts that reach zero are deleted.
     */
    private void recount(List<Counted[]> moves) {
        java.util.TreeMap<Bucket, Integer> deltas = new java.util.TreeMap<>();
        for (Counted[] move : moves) {
            Counted before = move[0];
            Counted after = move[1];
            boolean same = before != null && after != null && before.sameBucket(after);
            if (before != null) {
                before.words().stream().filter(w -> !same || !after.words().contains(w))
                        .forEach(w -> deltas.merge(new Bucket(before.committeeId(), before.type(), w, before.year(), before.category()), -1, Integer::sum));
            }
            if (after != null) {
                after.words().stream().filter(w -> !same || !before.words().contains(w))
                        .forEach(w -> deltas.merge(new Bucket(after.committeeId(), after.type(), w, after.year(), after.category()), 1, Integer::sum));
            }
        }
        deltas.values().removeIf(by -> by == 0);
        if (deltas.isEmpty()) {
            return;
        }
        List<Bucket> buckets = List.copyOf(deltas.keySet());
        jdbc.sql("""
                insert into search_word_count as c (committee_id, subject_type, year, category, word, documents)
                select x.committee, x.type, x.year, x.category, x.word, x.by
                  from unnest(cast(:committees as bigint[]), cast(:types as text[]), cast(:years as int[]), cast(:categories as text[]),
                              cast(:words as text[]), cast(:bys as int[])) with ordinality as x (committee, type, year, category, word, by, n)
                 order by x.n
                on conflict (committee_id, subject_type, word, year, category)
                do update set documents = c.documents + excluded.documents""")
                .param("committees", array(buckets.stream().map(Bucket::committeeId).toList()))
                .param("types", array(buckets.stream().map(Bucket::type).toList()))
                .param("years", array(buckets.stream().map(Bucket::year).toList()))
                .param("categories", array(buckets.stream().map(Bucket::category).toList()))
                .param("words", array(buckets.stream().map(Bucket::word).toList()))
                .param("bys", array(deltas.values())).update();
        List<Bucket> fell = buckets.stream().filter(b -> deltas.get(b) < 0).toList();
        if (!fell.isEmpty()) {
            jdbc.sql("""
                    delete from search_word_count c
                     using unnest(cast(:committees as bigint[]), cast(:types as text[]), cast(:years as int[]), cast(:categories as text[]),
                                  cast(:words as text[])) as x (committee, type, year, category, word)
                     where c.committee_id = x.committee and c.subject_type = x.type and c.word = x.word and c.year = x.year
                       and c.category = x.category and c.documents <= 0""")
                    .param("committees", array(fell.stream().map(Bucket::committeeId).toList()))
                    .param("types", array(fell.stream().map(Bucket::type).toList()))
                    .param("years", array(fell.stream().map(Bucket::year).toList()))
                    .param("categories", array(fell.stream().map(Bucket::category).toList()))
                    .param("words", array(fell.stream().map(Bucket::word).toList())).update();
        }
    }

    /**
     * The words as a {@code tsvector} literal with positions, title words weighted A: {@code '养老':1A,5 '服务':2A}. Read
     * by the type's input function, which takes lexemes as they are (no parser, no dictionary).
     */
    static String tsvector(List<String> titleWords, List<String> bodyWords) {
        java.util.Map<String, StringBuilder> lexemes = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        int position = 0;
        for (int i = 0; i < titleWords.size() + bodyWords.size() && position < MAX_POSITION; i++) {
            boolean title = i < titleWords.size();
            String word = title ? titleWords.get(i) : bodyWords.get(i - titleWords.size());
            position++;
            if (counts.merge(word, 1, Integer::sum) > MAX_POSITIONS_PER_WORD) {
                continue;
            }
            StringBuilder p = lexemes.computeIfAbsent(word, w -> new StringBuilder());
            p.append(p.isEmpty() ? "" : ",").append(position).append(title ? "A" : "");
        }
        StringBuilder out = new StringBuilder();
        lexemes.forEach((word, positions) -> out.append(out.isEmpty() ? "" : " ").append('\'')
                .append(word.replace("\\", "\\\\").replace("'", "''")).append("':").append(positions));
        return out.toString();
    }

    /** PostgreSQL keeps positions up to 16,383 and at most 256 per lexeme. */
    private static final int MAX_POSITION = 16_383;
    private static final int MAX_POSITIONS_PER_WORD = 256;

    /** An array literal whose null elements stay NULL (years, categories, dates a document may lack). */
    static String nullableArray(Collection<?> values) {
        return values.stream().map(v -> v == null ? "NULL" : "\"" + String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A PostgreSQL array literal, every element quoted: {@code {"养老","服务"}}. */
    static String array(Collection<?> values) {
        return values.stream().map(v -> "\"" + String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
