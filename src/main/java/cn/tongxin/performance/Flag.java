package cn.tongxin.performance;

import cn.tongxin.shared.Labelled;

/** What staff are told about (提醒谈话); the platform never acts on a member by itself. */
public enum Flag implements Labelled {
    LOW_GRADE("等次偏低"), PLENARY_ABSENCE("无故缺席全体会议"), NO_DUTY("全年无提案、社情民意和活动"), MINIMUM_UNMET("未达年度最低要求");

    private final String label;

    Flag(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
