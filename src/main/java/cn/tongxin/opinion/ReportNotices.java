package cn.tongxin.opinion;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;

/** Who hears of a report's steps, in the step's transaction. */
@Component
class ReportNotices {

    private final Notifications notifications;

    ReportNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(OpinionEvents.ReportSubmitted event) {
        if (event.proposalId() == null) {
            notifications.notify(event.committeeId(), Recipient.staff(), "新社情民意信息：" + event.title(), null, link(event.reportId()));
        }
    }

    @EventListener
    void on(OpinionEvents.ReportReturned event) {
        notifications.notify(event.committeeId(), new Recipient(Recipient.Kind.USER, event.submitterAccountId()),
                "社情民意信息被退回：" + event.title(), event.reason(), link(event.reportId()));
    }

    @EventListener
    void on(OpinionEvents.ReportPassedAsClue event) {
        notifications.notify(event.committeeId(), Recipient.member(event.memberId()), "提案线索：" + event.title(),
                "社情民意信息转来的提案线索，可参考撰写提案", link(event.reportId()));
    }

    @EventListener
    void on(OpinionEvents.ReportIssued event) {
        notifications.notify(event.committeeId(), new Recipient(Recipient.Kind.USER, event.submitterAccountId()),
                "信息已编发：" + event.title(), event.bulletinLabel(), link(event.reportId()));
    }

    private static String link(long reportId) {
        return "/opinions/" + reportId;
    }
}

