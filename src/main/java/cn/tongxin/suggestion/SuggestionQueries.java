package cn.tongxin.suggestion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.attachment.AttachmentInfo;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.handling.CaseView;
import cn.tongxin.handling.HandlingQueries;
import cn.tongxin.handling.HandlingStatistics;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.timeline.Timeline;

/** Lists, pages and statistics of micro-suggestions: staff and leaders all, members their own, units their assignments. */
@Service
@Transactional(readOnly = true)
public class SuggestionQueries {

    private static final String SELECT = "select s.*, m.name as member_name from micro_suggestion s join member m on m.id = s.member_id";

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final HandlingQueries handling;
    private final HandlingStatistics handlingStatistics;
    private final Attachments attachments;
    private final Timeline timeline;
    private final Clock clock;

    SuggestionQueries(JdbcClient jdbc, CurrentUsers currentUsers, HandlingQueries handling, HandlingStatistics handlingStatistics,
                      Attachments attachments, Timeline timeline, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.handling = handling;
        this.handlingStatistics = handlingStatistics;
        this.attachments = attachments;
        this.timeline = timeline;
        this.clock = clock;
    }

    public PageResult<SuggestionView> list(SuggestionStatus status, Integer year, PageQuery page) {
        CurrentUser user = currentUsers.get();
        StringBuilder where = new StringBuilder(" where s.committee_id = :committee");
        Map<String, Object> p = new HashMap<>();
        p.put("committee", user.committeeId());
        if (!user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)) {
            if (user.has(Role.MEMBER) && user.memberId() != null) {
                where.append(" and s.member_id = :me");
                p.put("me", user.memberId());
            } else if (user.has(Role.UNIT) && user.unitId() != null) {
                List<Long> ids = handling.subjectsOfUnit(user.committeeId(), SubmitSuggestions.SUBJECT, user.unitId());
                where.append(" and s.id in (:assigned)");
                p.put("assigned", ids.isEmpty() ? List.of(-1L) : ids);
            } else {
                where.append(" and false");
            }
        }
        if (status != null) {
            where.append(" and s.status = :status");
            p.put("status", status.name());
        }
        if (year != null) {
            where.append(" and s.submitted_at >= :from and s.submitted_at < :to");
            p.put("from", Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant()));
            p.put("to", Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant()));
        }
        long total = jdbc.sql("select count(*) from micro_suggestion s" + where).params(p).query(Long.class).single();
        p.put("limit", page.size());
        p.put("offset", page.offset());
        var items = jdbc.sql(SELECT + where + " order by s.submitted_at desc, s.id desc limit :limit offset :offset").params(p)
                .query(SuggestionQueries::view).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public record SuggestionPage(SuggestionView suggestion, List<AttachmentInfo> photos, CaseView handling,
                                 List<Timeline.TimelineEntry> timeline) {
    }

    public SuggestionPage page(long id) {
        CurrentUser user = currentUsers.get();
        SuggestionView s = jdbc.sql(SELECT + " where s.committee_id = ? and s.id = ?").params(user.committeeId(), id)
                .query(SuggestionQueries::view).optional().orElseThrow(() -> BusinessException.notFound("微建议"));
        boolean visible = user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)
                || (user.memberId() != null && user.memberId() == s.memberId())
                || (user.has(Role.UNIT) && user.unitId() != null
                    && handling.assignedToUnit(user.committeeId(), SubmitSuggestions.SUBJECT, id, user.unitId()));
        if (!visible) {
            throw BusinessException.notFound("微建议");
        }
        return new SuggestionPage(s, attachments.list(user.committeeId(), SubmitSuggestions.SUBJECT, id),
                handling.view(user.committeeId(), SubmitSuggestions.SUBJECT, id).orElse(null),
                timeline.of(user.committeeId(), SubmitSuggestions.SUBJECT, id));
    }

    public record Statistics(LocalDate from, LocalDate to, long received, long accepted, long rejected, long converted,
                             long replied, long repliedOnTime, long overdue, HandlingStatistics.Summary handling) {
        /** 办复率 = replied ÷ accepted, e.g. 316 ÷ 323 = 97.8%. */
        public String replyRate() {
            return accepted == 0 ? "—" : replied + " ÷ " + accepted + " = " + String.format("%.1f%%", replied * 100.0 / accepted);
        }
    }

    public Statistics statistics(Integer year, LocalDate from, LocalDate to) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        var range = cn.tongxin.shared.DateRange.resolve(year, from, to, LocalDate.now(clock));
        LocalDate start = range.from();
        LocalDate end = range.to();
        var row = jdbc.sql("""
                select count(*) as received, count(*) filter (where status in ('HANDLING', 'CLOSED')) as accepted,
                       count(*) filter (where status = 'REJECTED') as rejected, count(*) filter (where status = 'CONVERTED') as converted
                  from micro_suggestion where committee_id = ? and status <> 'WITHDRAWN' and submitted_at >= ? and submitted_at < ?""")
                .params(user.committeeId(), range.startsAt(clock.getZone()),
                        range.endsBefore(clock.getZone()))
                .query().singleRow();
        var summary = handlingStatistics.summarize(user.committeeId(), SubmitSuggestions.SUBJECT, new HandlingStatistics.Selection("""
                select id from micro_suggestion where committee_id = :committee and status in ('HANDLING', 'CLOSED')
                   and submitted_at >= :from and submitted_at < :to""", Map.of("from", range.startsAt(clock.getZone()),
                "to", range.endsBefore(clock.getZone()))));
        return new Statistics(start, end, n(row, "received"), n(row, "accepted"), n(row, "rejected"), n(row, "converted"),
                summary.replied(), summary.repliedOnTime(), summary.overdue(), summary);
    }

    private static long n(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).longValue();
    }

    private static SuggestionView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new SuggestionView(rs.getLong("id"), SuggestionStatus.valueOf(rs.getString("status")), rs.getString("title"),
                rs.getString("body"), rs.getString("place"), rs.getLong("member_id"), rs.getString("member_name"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getString("reject_reason"),
                rs.getString("converted_to") == null ? null : SuggestionConversion.valueOf(rs.getString("converted_to")),
                (Long) rs.getObject("converted_id"), rs.getInt("version"));
    }
}
