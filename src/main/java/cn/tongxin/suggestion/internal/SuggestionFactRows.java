package cn.tongxin.suggestion.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.suggestion.SuggestionEvents;
import cn.tongxin.suggestion.SuggestionStatus;

/** A year's micro-suggestion facts from the rows, in one query. */
@Component
public class SuggestionFactRows {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    SuggestionFactRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Object> replay(long committeeId, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        List<Object> facts = new ArrayList<>();
        jdbc.sql("""
                select id, member_id, status, reject_reason, converted_to,
                       (submitted_at at time zone 'Asia/Shanghai')::date as submitted_on,
                       (reviewed_at at time zone 'Asia/Shanghai')::date as reviewed_on
                  from micro_suggestion
                 where committee_id = :c and status <> :withdrawn
                   and (submitted_at >= :start and submitted_at < :end or reviewed_at >= :start and reviewed_at < :end)
                 order by id""")
                .param("c", committeeId).param("withdrawn", SuggestionStatus.WITHDRAWN.name())
                .param("start", Timestamp.from(from.atStartOfDay(ZONE).toInstant()))
                .param("end", Timestamp.from(to.atStartOfDay(ZONE).toInstant()))
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    long member = rs.getLong("member_id");
                    SuggestionStatus status = SuggestionStatus.valueOf(rs.getString("status"));
                    LocalDate submitted = rs.getObject("submitted_on", LocalDate.class);
                    LocalDate reviewed = rs.getObject("reviewed_on", LocalDate.class);
                    if (within(submitted, from, to)) {
                        facts.add(new SuggestionEvents.Submitted(committeeId, id, member, submitted));
                    }
                    if (within(reviewed, from, to) && rs.getString("converted_to") == null
                            && (status == SuggestionStatus.HANDLING || status == SuggestionStatus.CLOSED)) {
                        facts.add(new SuggestionEvents.Accepted(committeeId, id, member, reviewed));
                    }
                    if (within(reviewed, from, to) && status == SuggestionStatus.REJECTED) {
                        facts.add(new SuggestionEvents.Rejected(committeeId, id, member, rs.getString("reject_reason"), reviewed));
                    }
                    return id;
                }).list();
        return facts;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && day.isBefore(to);
    }
}
