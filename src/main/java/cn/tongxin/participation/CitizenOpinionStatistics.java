package cn.tongxin.participation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.SubjectType;

/**
 * Studios' work counted per studio and for the committee: citizens' opinions by the day they were left — received
 * (past moderation: not held, not rejected), replied directly, converted (into a micro-suggestion, an opinion report, a
 * proposal clue, a 为民办实事 item) — and 为民办实事 items by the day they happened. Two grouped queries.
 */
@Service
@Transactional(readOnly = true)
public class CitizenOpinionStatistics {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;

    CitizenOpinionStatistics(JdbcClient jdbc, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
    }

    public Figures of(DateRange range) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        return of(user.committeeId(), range);
    }

    /** The figures of one committee (no permission check: for the annual figures and tests). */
    public Figures of(long committeeId, DateRange range) {
        Map<Long, StudioLine> lines = new LinkedHashMap<>();
        jdbc.sql("""
                select u.id, u.name,
                       count(o.id) filter (where o.status in ('RECEIVED', 'REPLIED', 'CONVERTED')) as received,
                       count(o.id) filter (where o.status = 'REPLIED') as replied,
                       count(o.id) filter (where o.status = 'CONVERTED') as converted,
                       count(o.id) filter (where o.converted_type = :suggestion) as suggestions,
                       count(o.id) filter (where o.converted_type = :report) as reports,
                       count(o.id) filter (where o.converted_type = :proposal) as clues,
                       count(o.id) filter (where o.converted_type = :deed) as deeds_from_opinions
                  from org_unit u join citizen_opinion o on o.studio_id = u.id and o.received_at >= :from and o.received_at < :until
                 where u.committee_id = :committee
                 group by u.id, u.name, u.sort_order order by u.sort_order, u.id""")
                .param("committee", committeeId).param("from", range.startsAt(ZONE)).param("until", range.endsBefore(ZONE))
                .param("suggestion", SubjectType.MICRO_SUGGESTION.name()).param("report", SubjectType.OPINION_REPORT.name())
                .param("proposal", SubjectType.PROPOSAL.name()).param("deed", SubjectType.STUDIO_DEED.name())
                .query((rs, n) -> lines.put(rs.getLong("id"), new StudioLine(rs.getLong("id"), rs.getString("name"), rs.getLong("received"),
                        rs.getLong("replied"), rs.getLong("converted"), rs.getLong("suggestions"), rs.getLong("reports"),
                        rs.getLong("clues"), rs.getLong("deeds_from_opinions"), 0))).list();
        jdbc.sql("""
                select u.id, u.name, count(*) as deeds from studio_deed d join org_unit u on u.id = d.studio_id
                 where d.committee_id = ? and d.happened_on >= ? and d.happened_on <= ? group by u.id, u.name""")
                .params(committeeId, range.from(), range.to())
                .query((rs, n) -> lines.merge(rs.getLong("id"), new StudioLine(rs.getLong("id"), rs.getString("name"), 0, 0, 0, 0, 0, 0, 0,
                        rs.getLong("deeds")), (a, b) -> a.withDeeds(b.deeds()))).list();
        List<StudioLine> studios = List.copyOf(lines.values());
        return new Figures(range, studios, sum(studios, StudioLine::received), sum(studios, StudioLine::replied),
                sum(studios, StudioLine::converted), sum(studios, StudioLine::toSuggestions), sum(studios, StudioLine::toReports),
                sum(studios, StudioLine::toClues), sum(studios, StudioLine::toDeeds), sum(studios, StudioLine::deeds));
    }

    private static long sum(List<StudioLine> lines, java.util.function.ToLongFunction<StudioLine> f) {
        return lines.stream().mapToLong(f).sum();
    }

    /**
     * One studio: opinions received, replied, converted (of which into suggestions, reports, clues, deeds) and the
     * 为民办实事 items it recorded (with or without an opinion).
     */
    public record StudioLine(long studioId, String studio, long received, long replied, long converted, long toSuggestions,
                             long toReports, long toClues, long toDeeds, long deeds) {

        StudioLine withDeeds(long n) {
            return new StudioLine(studioId, studio, received, replied, converted, toSuggestions, toReports, toClues, toDeeds, n);
        }
    }

    public record Figures(DateRange range, List<StudioLine> studios, long received, long replied, long converted, long toSuggestions,
                          long toReports, long toClues, long toDeeds, long deeds) {
    }
}
