package cn.tongxin.rollup.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tongxin.history.HistoryEvents;

/** Past records came in with their real dates: the committee's summaries of those years are stale. */
@Component
class HistoryFigureListener {

    private final CommitteeChanges changes;

    HistoryFigureListener(CommitteeChanges changes) {
        this.changes = changes;
    }

    @ApplicationModuleListener
    void on(HistoryEvents.Imported e) {
        changes.changed(e.committeeId());
    }
}
