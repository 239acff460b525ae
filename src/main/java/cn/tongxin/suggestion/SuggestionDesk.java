package cn.tongxin.suggestion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.suggestion.internal.SuggestionReads;

/** The micro-suggestions' part of the home page, counted as the suggestion list counts. */
@Service
public class SuggestionDesk {

    private final SuggestionReads reads;
    private final Clock clock;

    SuggestionDesk(SuggestionReads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    /** 待审核: the count of {@code /suggestions?status=SUBMITTED} for the office. */
    public long awaitingAcceptance(CurrentUser staff) {
        return reads.count(new SuggestionReads.Filter(staff.committeeId(), true, null, null, SuggestionStatus.SUBMITTED, null, null));
    }

    public static final String AWAITING_ACCEPTANCE_LINK = "/suggestions?status=SUBMITTED";

    /** The member's micro-suggestions submitted this year. */
    public long mineThisYear(CurrentUser member) {
        if (member.memberId() == null) {
            return 0;
        }
        int y = LocalDate.now(clock).getYear();
        var from = Timestamp.from(LocalDate.of(y, 1, 1).atStartOfDay(clock.getZone()).toInstant());
        var to = Timestamp.from(LocalDate.of(y + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant());
        return reads.count(new SuggestionReads.Filter(member.committeeId(), false, member.memberId(), null, null, from, to));
    }

    /** The list the leader's 微建议 figure opens: the year's suggestions received (withdrawn ones aside), as counted here. */
    public static String receivedLink(int year) {
        return "/suggestions?received=true&year=" + year;
    }

    /** The committee's micro-suggestions received this year ({@link SuggestionReads#RECEIVED}). */
    public long receivedThisYear(long committeeId) {
        int y = LocalDate.now(clock).getYear();
        var from = Timestamp.from(LocalDate.of(y, 1, 1).atStartOfDay(clock.getZone()).toInstant());
        var to = Timestamp.from(LocalDate.of(y + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant());
        return ((Number) reads.counts(committeeId, from, to).get("received")).longValue();
    }
}
