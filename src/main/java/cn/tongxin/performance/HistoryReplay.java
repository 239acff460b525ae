package cn.tongxin.performance;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.tongxin.history.HistoryEvents;

/**
 * Past records came in with their real dates (they publish no facts one by one): each year they touch is rebuilt
 * from the records, as a replay does, so the members' records of those years include them.
 */
@Component
class HistoryReplay {

    private final ReplayYear replay;

    HistoryReplay(ReplayYear replay) {
        this.replay = replay;
    }

    @ApplicationModuleListener
    void on(HistoryEvents.Imported e) {
        e.years().stream().sorted().forEach(year -> replay.replay(e.committeeId(), year));
    }
}
