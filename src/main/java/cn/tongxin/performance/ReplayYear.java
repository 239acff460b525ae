package cn.tongxin.performance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.ActivityFacts;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.opinion.OpinionEvents;
import cn.tongxin.opinion.OpinionFacts;
import cn.tongxin.performance.internal.FactSource;
import cn.tongxin.performance.internal.Ledger;
import cn.tongxin.performance.internal.PublicSideFacts;
import cn.tongxin.proposal.ProposalEvents;
import cn.tongxin.proposal.ProposalFacts;
import cn.tongxin.participation.StudioFacts;
import cn.tongxin.reading.ReadingFacts;
import cn.tongxin.suggestion.SuggestionFacts;

/**
 * Rebuilds a year of the record from the source records: the year's facts from events are forgotten, every module
 * replays the facts its current records stand for, and the same translations as the listeners write them again. The
 * result must equal what the events built (a test holds it to that); staff-added entries, claims and awards stay.
 */
@Service
@Transactional
public class ReplayYear {

    private final CurrentUsers currentUsers;
    private final Ledger ledger;
    private final List<FactSource> sources;
    private final Scores scores;
    private final ProposalFacts proposals;
    private final OpinionFacts opinions;
    private final SuggestionFacts suggestions;
    private final ActivityFacts activities;
    private final StudioFacts studios;
    private final ReadingFacts reading;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final PublicSideFacts publicSide;

    ReplayYear(CurrentUsers currentUsers, Ledger ledger, List<FactSource> sources, Scores scores, ProposalFacts proposals,
               OpinionFacts opinions, SuggestionFacts suggestions, ActivityFacts activities, StudioFacts studios, ReadingFacts reading,
               AuditLog audit, JdbcClient jdbc, PublicSideFacts publicSide) {
        this.publicSide = publicSide;
        this.studios = studios;
        this.reading = reading;
        this.currentUsers = currentUsers;
        this.ledger = ledger;
        this.sources = sources;
        this.scores = scores;
        this.proposals = proposals;
        this.opinions = opinions;
        this.suggestions = suggestions;
        this.activities = activities;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** What a replay did: entries before and after, and how many differed (0 when events and records agree). */
    public record Result(int year, int before, int after, int differences, int members) {
    }

    public Result replay(int year) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        PerformanceRecords.checkYear(year);
        return replay(staff.committeeId(), year);
    }

    /** The same for a committee named by a fact (no user: e.g. after a history import), in the caller's transaction. */
    Result replay(long committeeId, int year) {
        // one replay of a committee at a time; listeners keep running and land after it
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(7_311, (int) committeeId).query().singleRow();
        Set<String> before = new HashSet<>(ledger.eventFingerprints(committeeId, year));
        ledger.forgetEventsOfYear(committeeId, year);
        List<Object> events = new ArrayList<>();
        events.addAll(proposals.replay(committeeId, year));
        events.addAll(opinions.replay(committeeId, year));
        events.addAll(suggestions.replay(committeeId, year));
        events.addAll(activities.replay(committeeId, year));
        events.addAll(studios.replay(committeeId, year));
        events.addAll(publicSide.replay(committeeId, year));
        events.addAll(reading.replay(committeeId, year));
        // decisions read the proposers their submission recorded: submissions first
        events.sort(Comparator.comparingInt(ReplayYear::order));
        for (Object event : events) {
            sources.forEach(s -> s.apply(event));
        }
        Set<String> after = new HashSet<>(ledger.eventFingerprints(committeeId, year));
        int members = scores.recomputeYear(committeeId, year);
        Set<String> gone = new HashSet<>(before);
        gone.removeAll(after);
        Set<String> added = new HashSet<>(after);
        added.removeAll(before);
        var result = new Result(year, before.size(), after.size(), gone.size() + added.size(), members);
        audit.record(committeeId, "重建履职档案", "performance_entry", year,
                year + "年度：原" + result.before() + "条，重建" + result.after() + "条，差异" + result.differences() + "条");
        return result;
    }

    private static int order(Object event) {
        return event instanceof ProposalEvents.Submitted || event instanceof OpinionEvents.ReportSubmitted ? 0 : 1;
    }
}
