package cn.tongxin.proposal.internal;

import org.springframework.stereotype.Component;

import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/** What a step leaves behind: the proposal's history row (in the step's transaction) and who is told. */
@Component
public class ProposalJournal {

    private final Timeline timeline;
    private final Notifications notifications;
    private final ProposalStore store;

    ProposalJournal(Timeline timeline, Notifications notifications, ProposalStore store) {
        this.timeline = timeline;
        this.notifications = notifications;
        this.store = store;
    }

    public void record(long committeeId, long id, String action, String from, String to, String comment) {
        timeline.record(committeeId, SubjectType.PROPOSAL, id, action, from, to, Text.trimToNull(comment));
    }

    /** The lead and confirmed co-signers (also of proposals merged into it). */
    public void tellProposers(long committeeId, long id, String title, String body) {
        tellMembers(committeeId, store.raters(id), id, title, body);
    }

    /** The same message to each of the members: one row each, written and published together. */
    public void tellMembers(long committeeId, java.util.Collection<Long> memberIds, long id, String title, String body) {
        notifications.notify(committeeId, memberIds.stream().sorted().map(Recipient::member).toList(), title, body, link(id));
    }

    public void tellStaff(long committeeId, long id, String title) {
        notifications.notify(committeeId, Recipient.staff(), title, null, link(id));
    }

    private static String link(long id) {
        return "/proposals/" + id;
    }
}
