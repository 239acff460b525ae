package cn.tongxin.suggestion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.organization.CommitteeAccess;
import cn.tongxin.account.Role;
import cn.tongxin.attachment.AttachmentInfo;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.handling.CaseView;
import cn.tongxin.handling.HandlingQueries;
import cn.tongxin.handling.HandlingStatistics;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.suggestion.internal.SuggestionReads;
import cn.tongxin.timeline.Timeline;

/** Lists, pages and statistics of micro-suggestions: staff and leaders all, members their own, units their assignments. */
@Service
@Transactional(readOnly = true)
public class SuggestionQueries {

    private final SuggestionReads reads;
    private final CurrentUsers currentUsers;
    private final HandlingQueries handling;
    private final HandlingStatistics handlingStatistics;
    private final Attachments attachments;
    private final Timeline timeline;
    private final Clock clock;

    private final CommitteeAccess committees;

    SuggestionQueries(SuggestionReads reads, CurrentUsers currentUsers, HandlingQueries handling, HandlingStatistics handlingStatistics,
                      Attachments attachments, Timeline timeline, Clock clock, CommitteeAccess committees) {
        this.committees = committees;
        this.reads = reads;
        this.currentUsers = currentUsers;
        this.handling = handling;
        this.handlingStatistics = handlingStatistics;
        this.attachments = attachments;
        this.timeline = timeline;
        this.clock = clock;
    }

    public PageResult<SuggestionView> list(SuggestionStatus status, Integer year, PageQuery page) {
        return list(status, year, false, page, null);
    }

    public PageResult<SuggestionView> list(SuggestionStatus status, Integer year, PageQuery page, Long committeeId) {
        return list(status, year, false, page, committeeId);
    }

    /**
     * The list of {@code committeeId}'s micro-suggestions: the user's own committee, or a lower one that granted access;
     * {@code received}: only those the figures count as received (withdrawn ones aside), as the desk's 微建议 figure counts.
     */
    public PageResult<SuggestionView> list(SuggestionStatus status, Integer year, boolean received, PageQuery page, Long committeeId) {
        CurrentUser user = committees.reader(currentUsers.get(), committeeId);
        boolean all = user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER);
        Long member = null;
        List<Long> assigned = null;
        if (!all) {
            if (user.has(Role.MEMBER) && user.memberId() != null) {
                member = user.memberId();
            } else if (user.has(Role.UNIT) && user.unitId() != null) {
                assigned = handling.subjectsOfUnit(user.committeeId(), SubmitSuggestions.SUBJECT, user.unitId());
            }
        }
        Timestamp from = null;
        Timestamp to = null;
        if (year != null) {
            from = Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant());
            to = Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant());
        }
        var filter = new SuggestionReads.Filter(user.committeeId(), all, member, assigned, status, from, to, received);
        long total = reads.count(filter);
        var items = reads.list(filter, page.size(), page.offset());
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public record SuggestionPage(SuggestionView suggestion, List<AttachmentInfo> photos, CaseView handling,
                                 List<Timeline.TimelineEntry> timeline) {
    }

    public SuggestionPage page(long id) {
        return page(id, null);
    }

    /** A micro-suggestion of {@code committeeId} (the user's own when null), read as {@link CommitteeAccess#reader} says. */
    public SuggestionPage page(long id, Long committeeId) {
        CurrentUser user = committees.reader(currentUsers.get(), committeeId);
        SuggestionView s = reads.find(user.committeeId(), id).orElseThrow(() -> BusinessException.notFound("微建议"));
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

    /** {@code committee}: whose figures these are (the own committee, or one below it: figures only without its grant). */
    public record Statistics(LocalDate from, LocalDate to, long received, long accepted, long rejected, long converted,
                             long replied, long repliedOnTime, long overdue, HandlingStatistics.Summary handling,
                             CommitteeAccess.Figures committee) {
        /** 办复率 = replied ÷ accepted, e.g. 316 ÷ 323 = 97.8%. */
        public String replyRate() {
            return accepted == 0 ? "—" : replied + " ÷ " + accepted + " = " + String.format("%.1f%%", replied * 100.0 / accepted);
        }
    }

    public Statistics statistics(Integer year, LocalDate from, LocalDate to) {
        return statistics(year, from, to, null);
    }

    /** The figures of the user's own committee, or of {@code committeeId} below it (see {@link CommitteeAccess#figures}). */
    public Statistics statistics(Integer year, LocalDate from, LocalDate to, Long committeeId) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        var shown = committees.figures(user, committeeId);
        var range = cn.tongxin.shared.DateRange.resolve(year, from, to, LocalDate.now(clock));
        LocalDate start = range.from();
        LocalDate end = range.to();
        var row = reads.counts(shown.committeeId(), range.startsAt(clock.getZone()), range.endsBefore(clock.getZone()));
        var summary = handlingStatistics.summarize(shown.committeeId(), SubmitSuggestions.SUBJECT,
                reads.accepted(range.startsAt(clock.getZone()), range.endsBefore(clock.getZone())));
        return new Statistics(start, end, n(row, "received"), n(row, "accepted"), n(row, "rejected"), n(row, "converted"),
                summary.replied(), summary.repliedOnTime(), summary.overdue(), summary, shown);
    }

    private static long n(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).longValue();
    }
}
