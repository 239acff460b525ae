package cn.tongxin.questionnaire;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.tongxin.shared.Labelled;
import cn.tongxin.shared.TransitionTable;

/**
 * 问卷 lifecycle as data: 草稿 (questions may change) → 收集中 (answers are taken; the questions are fixed) → 已结束
 * (may open again). Results are published on the portal, or withdrawn, once answers are being taken.
 */
public final class QuestionnaireWorkflow {

    public enum Status implements Labelled {
        DRAFT("草稿"), OPEN("收集中"), CLOSED("已结束");

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
        EDIT("修改"), EDIT_QUESTIONS("修改题目"), PUBLISH("发布"), CLOSE("结束收集"), REOPEN("重新开放"),
        PUBLISH_RESULTS("公布结果"), WITHDRAW_RESULTS("撤回公布的结果"), LINK_ACTIVITY("关联协商活动"), ANSWER("填写");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** The office builds and runs questionnaires; a respondent (member or citizen) answers an open one. */
    public enum Party {
        OFFICE, RESPONDENT
    }

    public static final TransitionTable<Status, Action, Party> TABLE = TransitionTable.<Status, Action, Party>of("该问卷")
            .keep(Action.EDIT, Party.OFFICE, Status.DRAFT)
            .keep(Action.EDIT_QUESTIONS, Party.OFFICE, Status.DRAFT)
            .add(Action.PUBLISH, Status.OPEN, Party.OFFICE, Status.DRAFT)
            .add(Action.CLOSE, Status.CLOSED, Party.OFFICE, Status.OPEN)
            .add(Action.REOPEN, Status.OPEN, Party.OFFICE, Status.CLOSED)
            .keep(Action.PUBLISH_RESULTS, Party.OFFICE, Status.OPEN, Status.CLOSED)
            .keep(Action.WITHDRAW_RESULTS, Party.OFFICE, Status.OPEN, Status.CLOSED)
            .keep(Action.LINK_ACTIVITY, Party.OFFICE, Status.DRAFT, Status.OPEN, Status.CLOSED)
            .keep(Action.ANSWER, Party.RESPONDENT, Status.OPEN)
            .build();

    public static final Set<Party> OFFICE = EnumSet.of(Party.OFFICE);
    public static final Set<Party> RESPONDENT = EnumSet.of(Party.RESPONDENT);

    private QuestionnaireWorkflow() {
    }

    /** The office's steps from this status, in the table's order (results steps filtered by the aggregate). */
    public static List<Action> offered(Status status) {
        return TABLE.actions(status, OFFICE);
    }
}
