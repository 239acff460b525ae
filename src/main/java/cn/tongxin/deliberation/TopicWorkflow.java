package cn.tongxin.deliberation;

import static cn.tongxin.deliberation.TopicAction.*;
import static cn.tongxin.deliberation.TopicParty.*;
import static cn.tongxin.deliberation.TopicStatus.*;

import java.util.EnumSet;

import cn.tongxin.shared.TransitionTable;

/**
 * A topic's lifecycle as data. 未开始 and 进行中 also follow the clock (the window); 开始 and 结束 are the office's
 * early or late hand on it. Comments and reports only while it runs; the summary, the output and the digest after.
 */
public final class TopicWorkflow {

    public static final TransitionTable<TopicStatus, TopicAction, TopicParty> TABLE =
            TransitionTable.<TopicStatus, TopicAction, TopicParty>of("该议题")
                    .keep(EDIT, STAFF, SCHEDULED, OPEN)
                    .add(START, TopicStatus.OPEN, STAFF, SCHEDULED)
                    .add(CLOSE, CLOSED, STAFF, TopicStatus.OPEN)
                    .add(REOPEN, TopicStatus.OPEN, STAFF, CLOSED)
                    .keep(COMMENT, EnumSet.of(MEMBER, CITIZEN), TopicStatus.OPEN)
                    .keep(REPORT, EnumSet.of(MEMBER, CITIZEN), TopicStatus.OPEN, CLOSED)
                    .keep(MODERATE, STAFF, SCHEDULED, TopicStatus.OPEN, CLOSED)
                    .keep(MARK_BEST, STAFF, TopicStatus.OPEN, CLOSED)
                    .keep(PUBLISH_DIGEST, STAFF, TopicStatus.OPEN, CLOSED)
                    .keep(WRITE_SUMMARY, STAFF, CLOSED)
                    .keep(MAKE_OUTPUT, STAFF, CLOSED)
                    .build();

    private TopicWorkflow() {
    }
}
