package cn.tongxin.frontline;

import cn.tongxin.shared.Labelled;
import cn.tongxin.shared.TransitionTable;

/**
 * The two lifecycles as data. A point: 运行中 ⇄ 已撤销 (kept by the office). A problem: 待解决 → 已解决 (recorded by the
 * office or a member attached to the point), and back when the solution was recorded by mistake.
 */
public final class FrontlineWorkflows {

    public enum PointStatus implements Labelled {
        ACTIVE("运行中"), CLOSED("已撤销");

        private final String label;

        PointStatus(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum PointAction implements Labelled {
        EDIT("修改"), CLOSE("撤销"), REOPEN("恢复"), LINK_ACTIVITY("关联活动"), RAISE_PROBLEM("登记问题");

        private final String label;

        PointAction(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum ProblemStatus implements Labelled {
        OPEN("待解决"), SOLVED("已解决");

        private final String label;

        ProblemStatus(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum ProblemAction implements Labelled {
        SOLVE("登记解决"), REOPEN("重新打开");

        private final String label;

        ProblemAction(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** The office keeps the register; members attached to a point record what happens there. */
    public enum Party {
        OFFICE, POINT_MEMBER
    }

    public static final TransitionTable<PointStatus, PointAction, Party> POINT = TransitionTable
            .<PointStatus, PointAction, Party>of("该协商点")
            .keep(PointAction.EDIT, Party.OFFICE, PointStatus.ACTIVE)
            .add(PointAction.CLOSE, PointStatus.CLOSED, Party.OFFICE, PointStatus.ACTIVE)
            .add(PointAction.REOPEN, PointStatus.ACTIVE, Party.OFFICE, PointStatus.CLOSED)
            .keep(PointAction.LINK_ACTIVITY, java.util.Set.of(Party.OFFICE, Party.POINT_MEMBER), PointStatus.ACTIVE)
            .keep(PointAction.RAISE_PROBLEM, java.util.Set.of(Party.OFFICE, Party.POINT_MEMBER), PointStatus.ACTIVE)
            .build();

    public static final TransitionTable<ProblemStatus, ProblemAction, Party> PROBLEM = TransitionTable
            .<ProblemStatus, ProblemAction, Party>of("该问题")
            .add(ProblemAction.SOLVE, ProblemStatus.SOLVED, java.util.Set.of(Party.OFFICE, Party.POINT_MEMBER), ProblemStatus.OPEN)
            .add(ProblemAction.REOPEN, ProblemStatus.OPEN, Party.OFFICE, ProblemStatus.SOLVED)
            .build();

    private FrontlineWorkflows() {
    }
}
