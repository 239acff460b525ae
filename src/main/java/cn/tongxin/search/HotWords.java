package cn.tongxin.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.shared.SubjectType;

/**
 * 热词: the words of a year's proposals (optionally of one category) that stand out against the other years — in at
 * least two proposals, weighted by how many proposals use them times the log of how much more often than in other
 * years ({@code n × ln(share this year ÷ share other years)}, shares smoothed). From the word counts the index keeps;
 * each word drills down to the year's proposals that contain it.
 */
@Service
public class HotWords {

    public static final int SHOWN = 20;

    private final CurrentUsers currentUsers;
    private final JdbcClient jdbc;
    private final Clock clock;

    HotWords(CurrentUsers currentUsers, JdbcClient jdbc, Clock clock) {
        this.currentUsers = currentUsers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A hot word: in how many of the year's proposals, in how many of other years', its weight. */
    public record Word(String word, long documents, long otherYears, double weight) {
    }

    /** The year's hot words (of one category, or of all when {@code category} is null). */
    public record Result(int year, String category, long proposals, List<Word> words) {

        /** The drill-down: the search for the word among this year's proposals (of this category). */
        public String link(Word w) {
            var uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/search").queryParam("q", w.word())
                    .queryParam("kind", SubjectType.PROPOSAL.name()).queryParam("year", year);
            if (category != null) {
                uri.queryParam("category", category);
            }
            return uri.encode().build().toUriString();
        }

        public List<String> links() {
            return words.stream().map(this::link).toList();
        }
    }

    public Result of(Integer year, String category) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        String c = category == null || category.isBlank() ? null : category;
        var p = new java.util.HashMap<String, Object>();
        p.put("committee", user.committeeId());
        p.put("type", SubjectType.PROPOSAL.name());
        p.put("year", y);
        p.put("category", c);
        long inYear = count(p, "d.year = :year");
        long other = count(p, "d.year <> :year");
        List<Word> words = new ArrayList<>();
        jdbc.sql("""
                select w.word, sum(w.documents) filter (where w.year = :year) as here,
                       coalesce(sum(w.documents) filter (where w.year <> :year), 0) as other
                  from search_word_count w
                 where w.committee_id = :committee and w.subject_type = :type
                   and (cast(:category as varchar) is null or w.category = :category)
                 group by w.word
                having sum(w.documents) filter (where w.year = :year) >= 2""").params(p)
                .query((rs, n) -> {
                    long here = rs.getLong("here");
                    long elsewhere = rs.getLong("other");
                    double lift = ((here + 0.5) / (inYear + 1.0)) / ((elsewhere + 0.5) / (other + 1.0));
                    if (lift > 1 && rs.getString("word").codePointCount(0, rs.getString("word").length()) >= 2) {
                        words.add(new Word(rs.getString("word"), here, elsewhere, Math.round(here * Math.log(lift) * 100) / 100.0));
                    }
                    return null;
                }).list();
        words.sort(Comparator.comparingDouble(Word::weight).reversed().thenComparing(Word::word));
        return new Result(y, c, inYear, words.size() > SHOWN ? words.subList(0, SHOWN) : words);
    }

    private long count(java.util.Map<String, Object> p, String years) {
        return jdbc.sql("select count(*) from search_document d where d.committee_id = :committee and d.subject_type = :type"
                + " and d.office_visible and " + years + " and (cast(:category as varchar) is null or d.category = :category)").params(p).query(Long.class).single();
    }
}
