package cn.tongxin.proposal;

public enum ProposalStatus {
    DRAFT("草稿"), SUBMITTED("待审查"), PRE_APPROVED("初审通过"), RETURNED("退回修改"), FILED("已立案"),
    NOT_FILED("不予立案"), MERGED("已并案"), HANDLING("办理中"), CLOSED("已办结"), WITHDRAWN("已撤回");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
