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
        var v = d.visibility();
        lock(d.subject());
        Counted before = counted(d.subject());
        // a draft's words are its author's business: counted from submission on
        Counted after = v.office() ? new Counted(d.committeeId(), d.year() == null ? 0 : d.year(),
                d.category() == null ? "" : d.category(), new TreeSet<>(all)) : null;
        jdbc.sql("""
                insert into search_document (subject_type, subject_id, committee_id, year, category, status, units, reference,
                       reply_categories, title, body, terms, words, grams, office_visible, members_visible, member_ids, unit_ids,
                       account_ids, happened_on, indexed_at)
                values (:type, :id, :committee, :year, :category, :status, cast(:units as text[]), :reference, :replies, :title, :body,
                        :terms, cast(:words as tsvector),
                        array_to_tsvector(cast(:grams as text[])), :office, :members, cast(:memberIds as bigint[]),
                        cast(:unitIds as bigint[]), cast(:accountIds as bigint[]), :on, now())
                on conflict (subject_type, subject_id) do update set committee_id = excluded.committee_id, year = excluded.year,
                       category = excluded.category, status = excluded.status, units = excluded.units, reference = excluded.reference,
                       reply_categories = excluded.reply_categories, title = excluded.title, body = excluded.body, terms = excluded.terms,
                       words = excluded.words, grams = excluded.grams, office_visible = excluded.office_visible,
                       members_visible = excluded.members_visible, member_ids = excluded.member_ids, unit_ids = excluded.unit_ids,
                       account_ids = excluded.account_ids, happened_on = excluded.happened_on, indexed_at = now()""")
                .param("type", d.subject().type().name()).param("id", d.subject().id()).param("committee", d.committeeId())
                .param("year", d.year()).param("category", d.category()).param("status", d.status())
                .param("units", array(d.units())).param("reference", d.reference()).param("replies", d.replyCategories())
                .param("title", d.title()).param("body", replies.isEmpty() ? body : body + "\n" + replies).param("terms", String.join(" ", all))
                .param("words", tsvector(titleWords, bodyWords)).param("grams", array(grams))
                .param("office", v.office()).param("members", v.members()).param("memberIds", array(v.memberIds()))
                .param("unitIds", array(v.unitIds())).param("accountIds", array(v.accountIds())).param("on", d.happenedOn())
                .update();
        recount(d.subject(), before, after);
    }

    public void remove(SubjectRef subject) {
        lock(subject);
        Counted before = counted(subject);
        jdbc.sql("delete from search_document where subject_type = ? and subject_id = ?")
                .params(subject.type().name(), subject.id()).update();
        recount(subject, before, null);
    }

    /** A document's counted words and where they are counted. */
    private record Counted(long committeeId, int year, String category, TreeSet<String> words) {
        boolean sameBucket(Counted o) {
            return committeeId == o.committeeId && year == o.year && category.equals(o.category);
        }
    }

    /** One writer per document at a time (an event and a rebuild may meet): the word counts move exactly once. */
    private void lock(SubjectRef subject) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?), hashtext(?))").params("search_document", subject.type().name() + subject.id())
                .query((rs, n) -> 0).list();
    }

    private Counted counted(SubjectRef subject) {
        return jdbc.sql("""
                select committee_id, year, category, terms from search_document
                 where subject_type = ? and subject_id = ? and office_visible""")
                .params(subject.type().name(), subject.id())
                .query((rs, n) -> new Counted(rs.getLong("committee_id"), rs.getObject("year") == null ? 0 : rs.getInt("year"),
                        rs.getString("category") == null ? "" : rs.getString("category"), distinct(rs.getString("terms"))))
                .optional().orElse(null);
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

    /** The words' counts move by the difference, in one statement (rows locked in one order: no deadlock between writers). */
    private void recount(SubjectRef subject, Counted before, Counted after) {
        record Delta(Counted bucket, String word, int by) {
        }
        List<Delta> deltas = new ArrayList<>();
        boolean same = before != null && after != null && before.sameBucket(after);
        if (before != null) {
            before.words().stream().filter(w -> !same || !after.words().contains(w)).forEach(w -> deltas.add(new Delta(before, w, -1)));
        }
        if (after != null) {
            after.words().stream().filter(w -> !same || !before.words().contains(w)).forEach(w -> deltas.add(new Delta(after, w, 1)));
        }
        if (deltas.isEmpty()) {
            return;
        }
        deltas.sort(java.util.Comparator.comparing(Delta::word).thenComparing(d -> d.bucket().year()).thenComparing(d -> d.bucket().category()));
        jdbc.sql("""
                insert into search_word_count as c (committee_id, subject_type, year, category, word, documents)
                select x.committee, :type, x.year, x.category, x.word, x.by
                  from unnest(cast(:committees as bigint[]), cast(:years as int[]), cast(:categories as text[]), cast(:words as text[]),
                              cast(:bys as int[])) with ordinality as x (committee, year, category, word, by, n)
                 order by x.n
                on conflict (committee_id, subject_type, word, year, category)
                do update set documents = c.documents + excluded.documents""")
                .param("type", subject.type().name())
                .param("committees", array(deltas.stream().map(d -> d.bucket().committeeId()).toList()))
                .param("years", array(deltas.stream().map(d -> d.bucket().year()).toList()))
                .param("categories", array(deltas.stream().map(d -> d.bucket().category()).toList()))
                .param("words", array(deltas.stream().map(Delta::word).toList()))
                .param("bys", array(deltas.stream().map(Delta::by).toList())).update();
        if (before != null) {
            jdbc.sql("""
                    delete from search_word_count where committee_id = ? and subject_type = ? and year = ? and category = ?
                       and word = any(cast(? as text[])) and documents <= 0""")
                    .params(before.committeeId(), subject.type().name(), before.year(), before.category(), array(before.words())).update();
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

    /** A PostgreSQL array literal, every element quoted: {@code {"养老","服务"}}. */
    static String array(Collection<?> values) {
        return values.stream().map(v -> "\"" + String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
