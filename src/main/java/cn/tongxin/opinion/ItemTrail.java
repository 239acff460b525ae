package cn.tongxin.opinion;

import org.springframework.stereotype.Component;

import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.opinion.internal.OpinionReports;
import cn.tongxin.timeline.Timeline;

/** What happens to an item is written on the timeline of each of its reports, and told to their authors. */
@Component
class ItemTrail {

    private final OpinionReports reports;
    private final Timeline timeline;
    private final Notifications notifications;

    ItemTrail(OpinionReports reports, Timeline timeline, Notifications notifications) {
        this.reports = reports;
        this.timeline = timeline;
        this.notifications = notifications;
    }

    /** {@code tellAuthors}: the notice's title for the submitters and member authors, or null for none. */
    void record(long committeeId, long itemId, String action, String tellAuthors) {
        for (OpinionReport report : reports.findByItemIdOrderById(itemId)) {
            timeline.record(committeeId, SubmitReports.SUBJECT, report.id(), action, null, null, null);
            if (tellAuthors != null) {
                String link = "/opinions/" + report.id();
                notifications.notify(committeeId, new Recipient(Recipient.Kind.USER, report.submitterAccountId()), tellAuthors, null, link);
                for (long member : report.authorMemberIds()) {
                    notifications.notify(committeeId, Recipient.member(member), tellAuthors, null, link);
                }
            }
        }
    }
}
