package cn.tongxin.performance.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.tongxin.duty.DutyFacts;
import cn.tongxin.frontline.FrontlineFacts;
import cn.tongxin.memoir.MemoirFacts;

/** The public side's facts of a year for a replay: questions answered on duty, problems solved at points, accounts selected. */
@Component
public class PublicSideFacts {

    private final DutyFacts duty;
    private final FrontlineFacts frontline;
    private final MemoirFacts memoirs;

    PublicSideFacts(DutyFacts duty, FrontlineFacts frontline, MemoirFacts memoirs) {
        this.duty = duty;
        this.frontline = frontline;
        this.memoirs = memoirs;
    }

    public List<Object> replay(long committeeId, int year) {
        List<Object> events = new ArrayList<>(duty.replay(committeeId, year));
        events.addAll(frontline.replay(committeeId, year));
        events.addAll(memoirs.replay(committeeId, year));
        return events;
    }
}
