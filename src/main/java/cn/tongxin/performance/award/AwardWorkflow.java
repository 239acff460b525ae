package cn.tongxin.performance.award;

import static cn.tongxin.performance.award.AwardWorkflow.Action.*;
import static cn.tongxin.performance.award.AwardWorkflow.Status.*;

import java.util.List;
import java.util.Set;

import cn.tongxin.shared.Labelled;
import cn.tongxin.shared.TransitionTable;

/**
 * The campaign lifecycle as data: 筹备 → 提名 → 评审 → 已决定 → 已公布, cancelled from any step before publication.
 * Nominating, shortlisting and removing candidates keep the status and are rows too. Only the office acts; leaders
 * read every campaign, members the published results.
 */
public final class AwardWorkflow {

    public enum Status implements Labelled {
        DRAFT("筹备"), NOMINATING("提名"), REVIEWING("评审"), DECIDED("已决定"), PUBLISHED("已公布"), CANCELLED("已撤销");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Action implements Labelled {
        OPEN("开始提名"), NOMINATE("提名候选"), START_REVIEW("进入评审"), SHORTLIST("列入建议名单"), REMOVE("移出候选"),
        DECIDE("决定获评名单"), PUBLISH("公布结果"), CANCEL("撤销评选");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Who acts: the office (staff, administrators); leaders and members only read. */
    public enum Party {
        STAFF, LEADER, MEMBER
    }

    public static final TransitionTable<Status, Action, Party> TABLE = TransitionTable.<Status, Action, Party>of("该评选")
            .add(OPEN, NOMINATING, Party.STAFF, DRAFT)
            .keep(NOMINATE, Party.STAFF, DRAFT, NOMINATING)
            .add(START_REVIEW, REVIEWING, Party.STAFF, NOMINATING)
            .keep(SHORTLIST, Party.STAFF, REVIEWING)
            .keep(REMOVE, Party.STAFF, REVIEWING)
            .add(DECIDE, DECIDED, Party.STAFF, REVIEWING)
            .add(PUBLISH, PUBLISHED, Party.STAFF, DECIDED)
            .add(CANCEL, CANCELLED, Party.STAFF, DRAFT, NOMINATING, REVIEWING, DECIDED)
            .build();

    private AwardWorkflow() {
    }

    public static List<Action> offered(Status status, Set<Party> as) {
        return TABLE.actions(status, as);
    }
}
