package cn.tongxin.notification;

import cn.tongxin.shared.Labelled;

public enum DeliveryStatus implements Labelled {

    PENDING("发送中"),
    SENT("已发送"),
    RETRYING("待重试"),
    FAILED("发送失败");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
