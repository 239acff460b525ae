package cn.tongxin.proposal;

import cn.tongxin.shared.Labelled;

/** What people do to a proposal: the steps of its lifecycle and the steps that keep its status (edit, co-sign …). */
public enum ProposalAction implements Labelled {
    EDIT("修改"), INVITE("邀请联名"), COSIGN("答复联名邀请"), SUBMIT("提交"), WITHDRAW("撤回"), PRE_APPROVE("初审通过"),
    FILE("立案"), REJECT("不予立案"), MERGE("并案"), RETURN("退回修改"), ASSIGN("交办"), CLOSE("办结"),
    REOPEN("重新打开"), MARK_KEY("列为重点提案"), SUPERVISE("记录督办"), MARK_OUTSTANDING("评为优秀提案");

    private final String label;

    ProposalAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
