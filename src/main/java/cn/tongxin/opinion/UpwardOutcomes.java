package cn.tongxin.opinion;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tongxin.opinion.internal.UpwardLinks;
import cn.tongxin.timeline.Timeline;

/**
 * Reports back down: when the upper committee adopts or instructs an item carrying a report a lower committee sent up,
 * the lower committee's report (or activity output) records it. Heard through the event publication registry, so a restart between the
 * upper committee's step and this one loses nothing.
 */
@Component
class UpwardOutcomes {

    private final UpwardLinks links;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;

    UpwardOutcomes(UpwardLinks links, Timeline timeline, ApplicationEventPublisher events) {
        this.links = links;
        this.timeline = timeline;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportAdopted adopted) {
        links.ofUpperReport(adopted.reportId()).ifPresent(link -> {
            // an activity output that went up keeps it on its link only (it has no timeline here)
            if (!links.adopted(adopted.reportId(), adopted.level().label(), adopted.adoptedOn())) {
                return;
            }
            events.publishEvent(new OpinionEvents.UpwardOutcomeReported(link.committeeId(), adopted.reportId()));
            if (link.reportId() != null) {
                timeline.record(link.committeeId(), SubmitUpward.SUBJECT, link.reportId(), "上级政协采用", null, null,
                        link.upperCommitteeName() + "：" + adopted.level().label() + (adopted.combined() ? "综合采用" : "采用")
                                + "（" + adopted.adoptedOn() + "）");
            }
        });
    }

    @ApplicationModuleListener
    void on(OpinionEvents.ReportInstructed instructed) {
        links.ofUpperReport(instructed.reportId()).ifPresent(link -> {
            if (!links.instructed(instructed.reportId(), instructed.leader(), instructed.instructedOn())) {
                return;
            }
            events.publishEvent(new OpinionEvents.UpwardOutcomeReported(link.committeeId(), instructed.reportId()));
            if (link.reportId() != null) {
                timeline.record(link.committeeId(), SubmitUpward.SUBJECT, link.reportId(), "上级政协报送信息获批示", null, null,
                        link.upperCommitteeName() + "：" + instructed.level().label() + " " + instructed.leader() + "批示（"
                                + instructed.instructedOn() + "）");
            }
        });
    }
}
