package cn.tongxin.handling;

import cn.tongxin.shared.Labelled;

/** Steps of one unit's assignment. */
public enum AssignmentAction implements Labelled {
    ACKNOWLEDGE("签收"), REQUEST_REASSIGNMENT("申请调整"), REQUEST_EXTENSION("申请延期"), RECORD_CONTACT("沟通"),
    SEND_OPINION("提交会办意见"), REPLY("答复"), URGE("催办"), WITHDRAW("调整"), RETURN_REPLY("退回答复"),
    REHANDLE("重新办理");

    private final String label;

    AssignmentAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
