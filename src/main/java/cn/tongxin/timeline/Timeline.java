package cn.tongxin.timeline;

import cn.tongxin.shared.SubjectType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.shared.BusinessChange;
import cn.tongxin.timeline.internal.TimelineEntries;

/** Writes timeline entries in the caller's transaction; the caller has checked that the step is allowed. */
@Service
public class Timeline {

    private final TimelineEntries entries;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Timeline(TimelineEntries entries, CurrentUsers currentUsers, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.entries = entries;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long committeeId, SubjectType subjectType, long subjectId, String action, String from, String to,
                       String comment) {
        String actor = currentUsers.find().map(u -> u.displayName() + "（" + u.rolesLabel() + "）").orElse("系统");
        entries.insert(committeeId, subjectType, subjectId, Instant.now(clock), actor, action, from, to,
                comment == null || comment.length() <= 2000 ? comment : comment.substring(0, 2000));
        // every step on the timeline is a business change for the audit log (module audit listens)
        String change = from == null && to == null ? "" : (from == null ? "" : from) + " → " + (to == null ? "" : to);
        events.publishEvent(new BusinessChange(committeeId, subjectType, subjectId, action,
                change.isEmpty() ? comment : comment == null ? change : change + "；" + comment));
    }

    /** The entries of one subject, oldest first (bounded). */
    @Transactional(readOnly = true)
    public List<TimelineEntry> of(long committeeId, SubjectType subjectType, long subjectId) {
        return entries.of(committeeId, subjectType, subjectId);
    }

    public record TimelineEntry(Instant occurredAt, String actor, String action, String fromStatus, String toStatus,
                                String comment) {
    }
}
