package cn.tongxin.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.questionnaire.internal.Questionnaires;
import cn.tongxin.questionnaire.internal.ResponseStore;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * The figures of a questionnaire, over the answers that count (not held by a moderator): per choice the count and its
 * share of those who answered the question, per scale (and matrix row) the distribution and the average; texts are
 * read page by page, by the office and leaders only. Published results (the portal, members) show the figures, never
 * the texts.
 */
@Service
@Transactional(readOnly = true)
public class QuestionnaireResults {

    private final Questionnaires questionnaires;
    private final ResponseStore responses;
    private final CurrentUsers currentUsers;

    QuestionnaireResults(Questionnaires questionnaires, ResponseStore responses, CurrentUsers currentUsers) {
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.currentUsers = currentUsers;
    }

    /**
     * @param responses answers counted
     * @param uncounted answers waiting for (or refused by) a moderator
     * @param texts     whether the text answers may be read (the office and leaders)
     */
    public record Results(@com.fasterxml.jackson.annotation.JsonIgnore Questionnaire questionnaire, String title, long responses, long uncounted, List<QuestionResult> questions, boolean texts) {
    }

    /** One question's figures: {@code asked} respondents were shown it, {@code answered} answered it. */
    public record QuestionResult(Question question, int number, long asked, long answered, List<OptionCount> options,
                                 List<ScaleRow> scale, long texts) {
    }

    /** {@code percent}: of those who answered the question, to one decimal (null when nobody did). */
    public record OptionCount(String label, long count, Double percent) {

        /** The share as the pages show it: "50%", "33.3%", or "—" when nobody answered. */
        public String share() {
            if (percent == null) {
                return "—";
            }
            return (percent == Math.rint(percent) ? String.valueOf(percent.longValue()) : String.valueOf(percent)) + "%";
        }
    }

    /** A scale's (or a matrix row's) answers: the count of each value, lowest first, and their average. */
    public record ScaleRow(String label, List<Long> counts, long answered, Double average) {
    }

    /** Results for the signed-in: the office and leaders always; members when published on a members' questionnaire. */
    public Results of(long id) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
        Questionnaire q = questionnaires.get(user.committeeId(), id);
        boolean all = QuestionnaireQueries.seesAll(user);
        if (!all && !(q.audience() == Audience.MEMBERS && q.resultsPublic())) {
            throw BusinessException.notFound("该问卷的结果");
        }
        return results(q, all);
    }

    /** Results on the portal: a public questionnaire whose results the office published. */
    public Results onPortal(long committeeId, long id) {
        Questionnaire q = questionnaires.read(id, committeeId).orElseThrow(() -> BusinessException.notFound("该问卷的结果"));
        if (q.audience() != Audience.PUBLIC || !q.resultsPublic()) {
            throw BusinessException.notFound("该问卷的结果");
        }
        return results(q, false);
    }

    /** The texts given to one question (text answers, "其他" texts), newest first; the office and leaders. */
    public PageResult<TextAnswer> texts(long id, String question, PageQuery page) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        Questionnaire q = questionnaires.get(user.committeeId(), id);
        if (q.definition().question(question).isEmpty()) {
            throw BusinessException.notFound("该题目");
        }
        return responses.texts(user.committeeId(), id, question, page);
    }

    private Results results(Questionnaire q, boolean texts) {
        long committee = q.committeeId();
        long id = q.id();
        Map<String, Long> asked = responses.asked(committee, id);
        Map<String, Long> answered = responses.answered(committee, id);
        List<ResponseStore.Count> counts = responses.counts(committee, id);
        Definition d = q.definition();
        List<QuestionResult> list = new ArrayList<>();
        for (Question question : d.questions()) {
            long a = answered.getOrDefault(question.key(), 0L);
            List<ResponseStore.Count> mine = counts.stream().filter(c -> c.question().equals(question.key())).toList();
            List<OptionCount> options = new ArrayList<>();
            List<ScaleRow> scale = new ArrayList<>();
            long textCount = 0;
            if (question.kind().choice()) {
                for (String option : question.options()) {
                    options.add(option(option, count(mine, option), a));
                }
                if (question.other()) {
                    textCount = count(mine, Definition.OTHER);
                    options.add(option("其他", textCount, a));
                }
            } else if (question.kind() == QuestionKind.SCALE) {
                scale.add(scaleRow(null, question, mine));
            } else if (question.kind() == QuestionKind.MATRIX) {
                for (String row : question.rows()) {
                    scale.add(scaleRow(row, question, mine.stream().filter(c -> row.equals(c.rowLabel())).toList()));
                }
            } else {
                textCount = a;
            }
            list.add(new QuestionResult(question, d.number(question.key()), asked.getOrDefault(question.key(), 0L), a,
                    options, scale, textCount));
        }
        return new Results(q, q.title(), responses.responses(committee, id), responses.uncounted(committee, id), list, texts);
    }

    private static long count(List<ResponseStore.Count> counts, String choice) {
        return counts.stream().filter(c -> choice.equals(c.choice())).mapToLong(ResponseStore.Count::count).sum();
    }

    private static OptionCount option(String label, long count, long answered) {
        return new OptionCount(label, count, answered == 0 ? null : Math.round(count * 1000.0 / answered) / 10.0);
    }

    private static ScaleRow scaleRow(String label, Question question, List<ResponseStore.Count> counts) {
        List<Long> values = new ArrayList<>();
        long n = 0;
        long sum = 0;
        for (int v : question.scale()) {
            long c = counts.stream().filter(x -> x.number() != null && x.number() == v).mapToLong(ResponseStore.Count::count).sum();
            values.add(c);
            n += c;
            sum += c * v;
        }
        return new ScaleRow(label, values, n, n == 0 ? null : Math.round(sum * 100.0 / n) / 100.0);
    }
}
