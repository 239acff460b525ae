package cn.tongxin.questionnaire.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.questionnaire.AnswerSheet;
import cn.tongxin.questionnaire.TextAnswer;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * Answers as rows: one {@code questionnaire_response} per respondent (unique per account, phone index or device
 * token hash: a second answer stores nothing) with the questions it was asked, and one
 * {@code questionnaire_response_item} per choice, matrix row, number or text. Figures count only responses that are
 * {@code counted} (not waiting for, or refused by, a moderator).
 */
@Component
public class ResponseStore {

    private final JdbcClient jdbc;

    ResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who answered: exactly one of an account, a phone's blind index, a device token's hash. */
    public record Respondent(Long userId, String phoneIndex, String deviceHash) {

        public static Respondent account(long userId) {
            return new Respondent(userId, null, null);
        }

        public static Respondent phone(String phoneIndex) {
            return new Respondent(null, phoneIndex, null);
        }

        public static Respondent device(String deviceHash) {
            return new Respondent(null, null, deviceHash);
        }
    }

    /** Stores the answer; empty (and nothing stored) when this respondent has answered already. */
    public Optional<Long> insert(long committeeId, long questionnaireId, Respondent who, boolean counted, AnswerSheet sheet) {
        Optional<Long> id = jdbc.sql("""
                insert into questionnaire_response (committee_id, questionnaire_id, user_id, phone_index, device_hash, counted, asked)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id""")
                .params(committeeId, questionnaireId, who.userId(), who.phoneIndex(), who.deviceHash(), counted,
                        sheet.asked().stream().sorted().toArray(String[]::new))
                .query(Long.class).optional();
        id.ifPresent(response -> {
            for (AnswerSheet.Item item : sheet.items()) {
                jdbc.sql("""
                        insert into questionnaire_response_item (response_id, questionnaire_id, question, choice, row_label, number, text)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                        .params(response, questionnaireId, item.question(), item.choice(), item.rowLabel(), item.number(), item.text())
                        .update();
            }
        });
        return id;
    }

    public boolean answered(long committeeId, long questionnaireId, Respondent who) {
        return jdbc.sql("""
                select count(*) from questionnaire_response where committee_id = ? and questionnaire_id = ?
                   and (user_id = ? or phone_index = ? or device_hash = ?)""")
                .params(committeeId, questionnaireId, who.userId(), who.phoneIndex(), who.deviceHash())
                .query(Long.class).single() > 0;
    }

    /** The questionnaires (of those given) this account has answered. */
    public Set<Long> answeredBy(long committeeId, long userId, List<Long> questionnaires) {
        if (questionnaires.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select questionnaire_id from questionnaire_response where committee_id = ? and user_id = ? and questionnaire_id = any(?)""")
                .params(committeeId, userId, questionnaires.toArray(Long[]::new)).query(Long.class).list());
    }

    /** A held answer counts once a moderator approved it. */
    public void count(long committeeId, long responseId) {
        jdbc.sql("update questionnaire_response set counted = true where committee_id = ? and id = ?").params(committeeId, responseId).update();
    }

    // ---- figures ----

    public long responses(long committeeId, long questionnaireId) {
        return jdbc.sql("select count(*) from questionnaire_response where committee_id = ? and questionnaire_id = ? and counted")
                .params(committeeId, questionnaireId).query(Long.class).single();
    }

    /** Answers not counted: waiting for a moderator, or refused by one. */
    public long uncounted(long committeeId, long questionnaireId) {
        return jdbc.sql("select count(*) from questionnaire_response where committee_id = ? and questionnaire_id = ? and not counted")
                .params(committeeId, questionnaireId).query(Long.class).single();
    }

    /** How many counted responses were asked each question. */
    public Map<String, Long> asked(long committeeId, long questionnaireId) {
        Map<String, Long> asked = new LinkedHashMap<>();
        jdbc.sql("""
                select q.key, count(*) as n from questionnaire_response r cross join unnest(r.asked) as q(key)
                 where r.committee_id = ? and r.questionnaire_id = ? and r.counted group by q.key""")
                .params(committeeId, questionnaireId)
                .query((rs, n) -> asked.put(rs.getString("key"), rs.getLong("n"))).list();
        return asked;
    }

    /** Counted responses that answered each question (gave any piece of an answer). */
    public Map<String, Long> answered(long committeeId, long questionnaireId) {
        Map<String, Long> answered = new LinkedHashMap<>();
        jdbc.sql("""
                select i.question, count(distinct i.response_id) as n from questionnaire_response_item i
                  join questionnaire_response r on r.id = i.response_id
                 where r.committee_id = ? and r.questionnaire_id = ? and r.counted group by i.question""")
                .params(committeeId, questionnaireId)
                .query((rs, n) -> answered.put(rs.getString("question"), rs.getLong("n"))).list();
        return answered;
    }

    /** One count of a choice, or of a number on a scale (per matrix row). */
    public record Count(String question, String choice, String rowLabel, Integer number, long count) {
    }

    /** Counts per question and choice, and per question, row and number: one grouped query. */
    public List<Count> counts(long committeeId, long questionnaireId) {
        return jdbc.sql("""
                select i.question, i.choice, i.row_label, i.number, count(*) as n from questionnaire_response_item i
                  join questionnaire_response r on r.id = i.response_id
                 where r.committee_id = ? and r.questionnaire_id = ? and r.counted
                   and (i.choice is not null or i.number is not null)
                 group by i.question, i.choice, i.row_label, i.number""")
                .params(committeeId, questionnaireId)
                .query((rs, n) -> new Count(rs.getString("question"), rs.getString("choice"), rs.getString("row_label"),
                        (Integer) rs.getObject("number"), rs.getLong("n"))).list();
    }

    /** The texts given to one question, newest first, a page at a time. */
    public PageResult<TextAnswer> texts(long committeeId, long questionnaireId, String question, PageQuery page) {
        long total = jdbc.sql("""
                select count(*) from questionnaire_response_item i join questionnaire_response r on r.id = i.response_id
                 where i.questionnaire_id = ? and i.question = ? and i.text is not null and r.committee_id = ? and r.counted""")
                .params(questionnaireId, question, committeeId).query(Long.class).single();
        List<TextAnswer> items = jdbc.sql("""
                select i.response_id, i.text, r.submitted_at from questionnaire_response_item i
                  join questionnaire_response r on r.id = i.response_id
                 where i.questionnaire_id = ? and i.question = ? and i.text is not null and r.committee_id = ? and r.counted
                 order by i.id desc limit ? offset ?""")
                .params(questionnaireId, question, committeeId, page.size(), page.offset())
                .query((rs, n) -> new TextAnswer(rs.getLong("response_id"), rs.getString("text"), rs.getTimestamp("submitted_at").toInstant()))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    // ---- export ----

    /** One whole response: when, whether it counts, which questions it was asked, and its items. */
    public record Response(long id, Instant submittedAt, boolean counted, Set<String> asked, List<AnswerSheet.Item> items) {
    }

    /** Every response (counted or not), oldest first, handed over in batches of {@code batch}. */
    public void each(long committeeId, long questionnaireId, int batch, Consumer<Response> consumer) {
        long after = 0;
        while (true) {
            Map<Long, Response> responses = new LinkedHashMap<>();
            jdbc.sql("""
                    select id, submitted_at, counted, asked from questionnaire_response
                     where committee_id = ? and questionnaire_id = ? and id > ? order by id limit ?""")
                    .params(committeeId, questionnaireId, after, batch)
                    .query((rs, n) -> responses.put(rs.getLong("id"), new Response(rs.getLong("id"),
                            rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("counted"),
                            Set.of((String[]) rs.getArray("asked").getArray()), new ArrayList<>()))).list();
            if (responses.isEmpty()) {
                return;
            }
            jdbc.sql("""
                    select response_id, question, choice, row_label, number, text from questionnaire_response_item
                     where response_id = any(?) order by id""")
                    .param(responses.keySet().toArray(Long[]::new))
                    .query((rs, n) -> responses.get(rs.getLong("response_id")).items().add(new AnswerSheet.Item(rs.getString("question"),
                            rs.getString("choice"), rs.getString("row_label"), (Integer) rs.getObject("number"), rs.getString("text"))))
                    .list();
            responses.values().forEach(consumer);
            after = responses.keySet().stream().mapToLong(Long::longValue).max().orElse(after);
            if (responses.size() < batch) {
                return;
            }
        }
    }
}
