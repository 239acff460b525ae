package cn.tongxin.handling;

import cn.tongxin.shared.Labelled;

/** Steps of a handling case. */
public enum CaseAction implements Labelled {
    COMPLETE_REPLIES("办复"), RETURN_REPLY("退回答复"), URGE("催办"), RATE("评价"), RATE_ON_PAPER("代录评价"),
    REHANDLE("重新办理"), CLOSE("办结"), REOPEN("重新打开");

    private final String label;

    CaseAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
