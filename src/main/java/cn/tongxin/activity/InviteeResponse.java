package cn.tongxin.activity;

public enum InviteeResponse {
    INVITED("已邀请"), SIGNED_UP("已报名"), LEAVE_REQUESTED("请假待批"), LEAVE_APPROVED("已准假"), LEAVE_REFUSED("请假未准");

    private final String label;

    InviteeResponse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
