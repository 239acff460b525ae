package cn.tongxin.opinion;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.outcome.PastOutcomes;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.ImportStamp;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * Writes past public-opinion reports (历史数据导入) as the live flow would have left them on their real dates: submitted
 * by their members, edited into an item when issued or adopted, carried by the numbered bulletin of their issue date,
 * and adopted or instructed — all flagged imported and read-only from then on. Runs in the importing transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PastReports {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String NOTE = "（历史导入，原文未录入）";

    private final JdbcClient jdbc;
    private final PastOutcomes outcomes;

    PastReports(JdbcClient jdbc, PastOutcomes outcomes) {
        this.jdbc = jdbc;
        this.outcomes = outcomes;
    }

    /** What was written: the reports and, where edited, their items, in the order given (item null where none). */
    public record Recorded(List<Long> reportIds, List<Long> itemIds) {
    }

    /** "title|day" of the committee's reports already here (live or imported), so that a file is not brought in twice. */
    public java.util.Set<String> existing(long committeeId) {
        return new java.util.HashSet<>(jdbc.sql("""
                select title || '|' || (coalesce(first_submitted_at, submitted_at) at time zone 'Asia/Shanghai')::date
                  from opinion_report where committee_id = ?""").param(committeeId).query(String.class).list());
    }

    public Recorded record(long committeeId, long accountId, List<PastReport> reports, ImportStamp stamp) {
        Map<String, Long> bulletins = new HashMap<>();
        List<Long> reportIds = new ArrayList<>();
        List<Long> itemIds = new ArrayList<>();
        for (PastReport r : reports) {
            boolean edited = r.issued() || !r.adoptions().isEmpty() || !r.instructions().isEmpty();
            Long item = null;
            if (edited) {
                item = jdbc.sql("""
                        insert into opinion_item (committee_id, title, original_text, edited_text, edited_by, edited_at, issued, imported)
                        values (?, ?, ?, ?, ?, ?, ?, true) returning id""")
                        .params(committeeId, r.title(), NOTE, NOTE, stamp.by(), at(r.submittedOn()), r.issued())
                        .query(Long.class).single();
            }
            OpinionStatus status = r.issued() ? OpinionStatus.ISSUED : edited ? OpinionStatus.EDITED : OpinionStatus.ARCHIVED;
            long id = jdbc.sql("""
                    insert into opinion_report (committee_id, request_key, status, title, body, category, source,
                           submitter_account_id, on_behalf, submitted_at, triaged_at, triage_note, item_id,
                           imported, imported_by, imported_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, '历史导入', ?, true, ?, ?) returning id""")
                    .params(committeeId, "history-" + UUID.randomUUID(), status.name(), r.title(), NOTE, r.category(),
                            OpinionSource.MEMBER.name(), accountId, at(r.submittedOn()), at(r.submittedOn()), item, stamp.by(),
                            Timestamp.from(stamp.at()))
                    .query(Long.class).single();
            int position = 0;
            for (PastReport.Author a : r.authors()) {
                jdbc.sql("insert into opinion_author (report_id, position, member_id, name) values (?, ?, ?, ?)")
                        .params(id, ++position, a.memberId(), a.name()).update();
            }
            if (r.issued()) {
                long bulletin = bulletins.computeIfAbsent(r.issuedOn().getYear() + "-" + r.bulletinNumber(),
                        k -> bulletin(committeeId, r.issuedOn(), r.bulletinNumber(), stamp));
                jdbc.sql("""
                        insert into bulletin_item (bulletin_id, item_id, position)
                        values (?, ?, (select coalesce(max(position), 0) + 1 from bulletin_item where bulletin_id = ?))""")
                        .params(bulletin, item, bulletin).update();
            }
            if (item != null) {
                SubjectRef subject = SubjectRef.of(SubjectType.OPINION_ITEM, item);
                r.adoptions().forEach(a -> outcomes.adopted(committeeId, subject, a.level(), a.on(), stamp));
                r.instructions().forEach(i -> outcomes.instructed(committeeId, subject, i.leader(), i.level(), i.on(), i.text(), stamp));
            }
            reportIds.add(id);
            itemIds.add(item);
        }
        return new Recorded(reportIds, itemIds);
    }

    /**
     * The imported bulletin of that year and number in the 《社情民意》 series (the first of the defaults); a live one with
     * the number is not taken over.
     */
    private long bulletin(long committeeId, LocalDate issuedOn, int number, ImportStamp stamp) {
        int year = issuedOn.getYear();
        var existing = jdbc.sql("select id, imported from bulletin where committee_id = ? and series = 'OPINION' and year = ? and number = ?")
                .params(committeeId, year, number).query((rs, n) -> rs.getBoolean("imported") ? rs.getLong("id") : -1L).optional();
        if (existing.isPresent()) {
            if (existing.get() < 0) {
                throw BusinessException.conflict("《社情民意》" + year + "年第" + number + "期已在平台中编发，请核对期号");
            }
            return existing.get();
        }
        jdbc.sql("""
                insert into bulletin_counter (committee_id, series, year, last_number) values (?, 'OPINION', ?, ?)
                on conflict (committee_id, series, year) do update set last_number = greatest(bulletin_counter.last_number, excluded.last_number)""")
                .params(committeeId, year, number).update();
        return jdbc.sql("""
                insert into bulletin (committee_id, series, series_name, year, number, title, recipients, issued_on, status, created_by,
                                      created_at, imported)
                values (?, 'OPINION', '社情民意', ?, ?, ?, '（历史导入）', ?, 'ISSUED', ?, ?, true) returning id""")
                .params(committeeId, year, number, "《社情民意》" + year + "年第" + number + "期", issuedOn, stamp.by(),
                        Timestamp.from(stamp.at()))
                .query(Long.class).single();
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZONE).toInstant());
    }
}
