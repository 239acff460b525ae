package cn.tongxin.frontline;

import cn.tongxin.shared.Labelled;

/** Where a point works. */
public enum PointLevel implements Labelled {
    TOWN("乡镇（街道）"), VILLAGE("村"), COMMUNITY("社区"), OTHER("其他");

    private final String label;

    PointLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
