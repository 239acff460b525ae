package cn.tongxin.suggestion.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.handling.HandlingStatistics;
import cn.tongxin.suggestion.SuggestionConversion;
import cn.tongxin.suggestion.SuggestionStatus;
import cn.tongxin.suggestion.SuggestionView;

/** The SQL of the micro-suggestion reads: lists, one suggestion, the figures of a period. */
@Component
public class SuggestionReads {

    private static final String SELECT = "select s.*, m.name as member_name from micro_suggestion s join member m on m.id = s.member_id";

    private final JdbcClient jdbc;

    SuggestionReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Who a list shows: all of the committee, one member's ({@code memberId}), the given ids (a unit's assignments),
     * or none; with an optional status and an optional period of submission [from, to); {@code received}: only what
     * the figures count as received ({@link #RECEIVED}: withdrawn ones aside), the list a desk figure opens.
     */
    public record Filter(long committeeId, boolean all, Long memberId, List<Long> ids, SuggestionStatus status,
                         Timestamp from, Timestamp to, boolean received) {

        public Filter(long committeeId, boolean all, Long memberId, List<Long> ids, SuggestionStatus status, Timestamp from, Timestamp to) {
            this(committeeId, all, memberId, ids, status, from, to, false);
        }
    }

    /** Received: a submitted suggestion that was not withdrawn. The one definition of the figures and of {@code received=true}. */
    public static final String RECEIVED = "status <> 'WITHDRAWN'";

    public long count(Filter filter) {
        Map<String, Object> p = new HashMap<>();
        String where = where(filter, p);
        return jdbc.sql("select count(*) from micro_suggestion s" + where).params(p).query(Long.class).single();
    }

    /** Newest first. */
    public List<SuggestionView> list(Filter filter, int limit, int offset) {
        Map<String, Object> p = new HashMap<>();
        String where = where(filter, p);
        p.put("limit", limit);
        p.put("offset", offset);
        return jdbc.sql(SELECT + where + " order by s.submitted_at desc, s.id desc limit :limit offset :offset").params(p)
                .query(SuggestionReads::view).list();
    }

    private static String where(Filter filter, Map<String, Object> p) {
        StringBuilder where = new StringBuilder(" where s.committee_id = :committee");
        p.put("committee", filter.committeeId());
        if (!filter.all()) {
            if (filter.memberId() != null) {
                where.append(" and s.member_id = :me");
                p.put("me", filter.memberId());
            } else if (filter.ids() != null) {
                where.append(" and s.id in (:assigned)");
                p.put("assigned", filter.ids().isEmpty() ? List.of(-1L) : filter.ids());
            } else {
                where.append(" and false");
            }
        }
        if (filter.status() != null) {
            where.append(" and s.status = :status");
            p.put("status", filter.status().name());
        }
        if (filter.received()) {
            where.append(" and s.").append(RECEIVED);
        }
        if (filter.from() != null) {
            where.append(" and s.submitted_at >= :from and s.submitted_at < :to");
            p.put("from", filter.from());
            p.put("to", filter.to());
        }
        return where.toString();
    }

    public Optional<SuggestionView> find(long committeeId, long id) {
        return jdbc.sql(SELECT + " where s.committee_id = ? and s.id = ?").params(committeeId, id)
                .query(SuggestionReads::view).optional();
    }

    /** received, accepted, rejected, converted: the suggestions submitted in [from, to), not withdrawn (exposed for the plan test). */
    public static final String COUNTS = """
            select count(*) as received, count(*) filter (where status in ('HANDLING', 'CLOSED')) as accepted,
                   count(*) filter (where status = 'REJECTED') as rejected, count(*) filter (where status = 'CONVERTED') as converted
              from micro_suggestion where committee_id = :committee and\s""" + RECEIVED + " and submitted_at >= :from and submitted_at < :to";

    public Map<String, Object> counts(long committeeId, Timestamp from, Timestamp to) {
        return jdbc.sql(COUNTS).params(Map.of("committee", committeeId, "from", from, "to", to)).query().singleRow();
    }

    /** The accepted suggestions (being handled or closed) submitted in [from, to), for the handling figures. */
    public HandlingStatistics.Selection accepted(Timestamp from, Timestamp to) {
        return new HandlingStatistics.Selection("""
                select id from micro_suggestion where committee_id = :committee and status in ('HANDLING', 'CLOSED')
                   and submitted_at >= :from and submitted_at < :to""", Map.of("from", from, "to", to));
    }

    private static SuggestionView view(ResultSet rs, int n) throws SQLException {
        return new SuggestionView(rs.getLong("id"), SuggestionStatus.valueOf(rs.getString("status")), rs.getString("title"),
                rs.getString("body"), rs.getString("place"), rs.getLong("member_id"), rs.getString("member_name"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getString("reject_reason"),
                rs.getString("converted_to") == null ? null : SuggestionConversion.valueOf(rs.getString("converted_to")),
                (Long) rs.getObject("converted_id"), rs.getInt("version"), rs.getObject("received_on", java.time.LocalDate.class),
                rs.getTimestamp("entered_at").toInstant(), rs.getString("entered_by"));
    }
}
