package cn.tongxin.proposal;

public enum ProposalAction {
    SUBMIT("提交"), WITHDRAW("撤回"), PRE_APPROVE("初审通过"), FILE("立案"), REJECT("不予立案"), MERGE("并案"),
    RETURN("退回修改"), ASSIGN("交办"), CLOSE("办结"), REOPEN("重新打开");

    private final String label;

    ProposalAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
