package cn.tongxin.questionnaire;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.questionnaire.internal.Questionnaires;
import cn.tongxin.questionnaire.internal.ResponseStore;
import cn.tongxin.shared.Spreadsheets;

/**
 * The answers as an .xlsx sheet, one row per answer and the same columns for every row, whatever the conditions
 * showed: a single choice and a text one column each ("其他" adds a column for its text), a multiple choice one column
 * per option (1 chosen, 0 not chosen), a scale one column, a matrix one column per row. A question the respondent was
 * not shown is blank in every one of its columns.
 */
@Service
@Transactional(readOnly = true)
public class QuestionnaireExport {

    /** An export holds at most this many answers (one province collected 91,000 for one meeting). */
    static final int MAX_ANSWERS = 100_000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Questionnaires questionnaires;
    private final ResponseStore responses;
    private final CurrentUsers currentUsers;

    QuestionnaireExport(Questionnaires questionnaires, ResponseStore responses, CurrentUsers currentUsers) {
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.currentUsers = currentUsers;
    }

    /** A file to download: its name and bytes. */
    public record File(String name, byte[] content) {
    }

    /** The office only (answers may hold what respondents wrote about themselves). */
    public File xlsx(long id) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        Questionnaire q = questionnaires.get(office.committeeId(), id);
        List<Column> columns = columns(q.definition());
        List<String> headers = new ArrayList<>(List.of("序号", "提交时间", "计入统计"));
        columns.forEach(c -> headers.add(c.header()));
        List<List<Object>> rows = new ArrayList<>();
        responses.each(office.committeeId(), id, 1000, r -> {
            if (rows.size() >= MAX_ANSWERS) {
                return;
            }
            List<Object> row = new ArrayList<>();
            row.add(rows.size() + 1);
            row.add(LocalDateTime.ofInstant(r.submittedAt(), ZONE).withNano(0));
            row.add(r.counted() ? "是" : "否（待审核或未通过）");
            for (Column c : columns) {
                row.add(r.asked().contains(c.question()) ? c.value().apply(r) : null);
            }
            rows.add(row);
        });
        String name = q.title().replaceAll("[\\\\/:*?\"<>|]", "_");
        return new File(name + "-答卷.xlsx", Spreadsheets.list("答卷", headers, rows));
    }

    /** One column of the sheet: its header and what it shows of an answer to its question (asked). */
    record Column(String question, String header, Function<ResponseStore.Response, Object> value) {
    }

    /** The fixed columns of a definition, in the questions' order. */
    static List<Column> columns(Definition d) {
        List<Column> columns = new ArrayList<>();
        for (Question q : d.questions()) {
            String head = "Q" + d.number(q.key()) + " " + q.title();
            String key = q.key();
            switch (q.kind()) {
                case SINGLE -> {
                    columns.add(new Column(key, head, r -> items(r, key).stream()
                            .map(i -> Definition.OTHER.equals(i.choice()) ? "其他" : i.choice()).findFirst().orElse(null)));
                    if (q.other()) {
                        columns.add(new Column(key, head + " - 其他（请注明）", r -> otherText(r, key)));
                    }
                }
                case MULTIPLE -> {
                    for (String option : q.options()) {
                        columns.add(new Column(key, head + " - " + option,
                                r -> items(r, key).stream().anyMatch(i -> option.equals(i.choice())) ? 1 : 0));
                    }
                    if (q.other()) {
                        columns.add(new Column(key, head + " - 其他",
                                r -> items(r, key).stream().anyMatch(i -> Definition.OTHER.equals(i.choice())) ? 1 : 0));
                        columns.add(new Column(key, head + " - 其他（请注明）", r -> otherText(r, key)));
                    }
                }
                case TEXT -> columns.add(new Column(key, head,
                        r -> items(r, key).stream().map(AnswerSheet.Item::text).findFirst().orElse(null)));
                case SCALE -> columns.add(new Column(key, head,
                        r -> items(r, key).stream().map(AnswerSheet.Item::number).findFirst().orElse(null)));
                case MATRIX -> {
                    for (String row : q.rows()) {
                        columns.add(new Column(key, head + " - " + row, r -> items(r, key).stream()
                                .filter(i -> row.equals(i.rowLabel())).map(AnswerSheet.Item::number).findFirst().orElse(null)));
                    }
                }
            }
        }
        return columns;
    }

    private static List<AnswerSheet.Item> items(ResponseStore.Response r, String key) {
        return r.items().stream().filter(i -> i.question().equals(key)).toList();
    }

    private static String otherText(ResponseStore.Response r, String key) {
        return items(r, key).stream().filter(i -> Definition.OTHER.equals(i.choice())).map(AnswerSheet.Item::text).findFirst()
                .orElse(null);
    }
}
