package cn.tongxin.proposal;

import cn.tongxin.shared.Labelled;

public enum ProposalStatus implements Labelled {
    DRAFT("草稿"), SUBMITTED("待审查"), PRE_APPROVED("初审通过"), RETURNED("退回修改"), FILED("已立案"),
    NOT_FILED("不予立案"), MERGED("已并案"), HANDLING("办理中"), CLOSED("已办结"), WITHDRAWN("已撤回");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
