package cn.tongxin.participation;

import cn.tongxin.shared.Labelled;

/** Where a citizen's opinion stands, as the citizen sees it by tracking code. */
public enum CitizenOpinionStatus implements Labelled {
    HELD("待审核"), RECEIVED("已受理"), REPLIED("已答复"), CONVERTED("已转办"), REJECTED("未予受理");

    private final String label;

    CitizenOpinionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
