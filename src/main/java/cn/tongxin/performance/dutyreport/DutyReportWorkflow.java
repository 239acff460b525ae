package cn.tongxin.performance.dutyreport;

import static cn.tongxin.performance.dutyreport.DutyReportAction.ACCEPT;
import static cn.tongxin.performance.dutyreport.DutyReportAction.EDIT;
import static cn.tongxin.performance.dutyreport.DutyReportAction.PUBLISH;
import static cn.tongxin.performance.dutyreport.DutyReportAction.RETURN;
import static cn.tongxin.performance.dutyreport.DutyReportAction.SUBMIT;
import static cn.tongxin.performance.dutyreport.DutyReportStatus.ACCEPTED;
import static cn.tongxin.performance.dutyreport.DutyReportStatus.DRAFT;
import static cn.tongxin.performance.dutyreport.DutyReportStatus.PUBLISHED;
import static cn.tongxin.performance.dutyreport.DutyReportStatus.RETURNED;
import static cn.tongxin.performance.dutyreport.DutyReportStatus.SUBMITTED;

import cn.tongxin.shared.TransitionTable;

/**
 * The duty report's lifecycle: the member writes and submits; staff accept or return it with a reason (the member
 * edits and submits again), then publish it to the committee.
 */
public final class DutyReportWorkflow {

    /** Who acts on a duty report: the member who writes it, or the committee's office. */
    public enum Party { MEMBER, STAFF }

    public static final TransitionTable<DutyReportStatus, DutyReportAction, Party> TABLE =
            TransitionTable.<DutyReportStatus, DutyReportAction, Party>of("该履职报告")
                    .keep(EDIT, Party.MEMBER, DRAFT, RETURNED)
                    .add(SUBMIT, SUBMITTED, Party.MEMBER, DRAFT, RETURNED)
                    .add(RETURN, RETURNED, Party.STAFF, SUBMITTED, ACCEPTED)
                    .add(ACCEPT, ACCEPTED, Party.STAFF, SUBMITTED)
                    .add(PUBLISH, PUBLISHED, Party.STAFF, ACCEPTED)
                    .build();

    private DutyReportWorkflow() {
    }
}
