package cn.tongxin.proposal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.SettingKey;

/** Dates of the drafting stage by the committee's settings: the session a proposal falls in, the co-sign deadline. */
@Component
public class ProposalCalendar {

    private final SessionCalendar sessions;
    private final Organization organization;
    private final CommitteeSettings settings;
    private final Clock clock;

    ProposalCalendar(SessionCalendar sessions, Organization organization, CommitteeSettings settings, Clock clock) {
        this.sessions = sessions;
        this.organization = organization;
        this.settings = settings;
        this.clock = clock;
    }

    public Instant now() {
        return Instant.now(clock);
    }

    /** The session a proposal handed in today belongs to, as a session or an interim proposal. */
    public SessionCalendar.Placement placeToday(long committeeId) {
        return place(committeeId, LocalDate.now(clock));
    }

    /** The session whose window holds the day a proposal was received. */
    public SessionCalendar.Placement place(long committeeId, LocalDate received) {
        return sessions.place(organization.sessions(), received, settings.value(committeeId, SettingKey.SESSION_PROPOSAL_LEAD_MONTHS));
    }

    public Clock clock() {
        return clock;
    }

    /** Co-signers invited now confirm within the set days, and for a session proposal before its submissions close. */
    public Instant cosignDue(long committeeId, Instant now) {
        Instant due = now.plus(Duration.ofDays(settings.value(committeeId, SettingKey.COSIGN_DEADLINE_DAYS)));
        var placement = placeToday(committeeId);
        if (placement.sessionProposal()) {
            Instant sessionEnd = placement.session().submissionDeadline().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            if (due.isAfter(sessionEnd)) {
                due = sessionEnd;
            }
        }
        return due;
    }

    public LocalDate toDate(Instant at) {
        return at.atZone(clock.getZone()).toLocalDate();
    }
}
