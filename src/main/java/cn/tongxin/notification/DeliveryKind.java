package cn.tongxin.notification;

import cn.tongxin.shared.Labelled;

/** What a delivery carried: one message of a kind, a daily digest, or a password recovery code. */
public enum DeliveryKind implements Labelled {

    DEADLINE("时限提醒"),
    PERSONAL("本人事项"),
    WORK("工作通知"),
    DIGEST("每日汇总"),
    RECOVERY("找回密码验证码");

    private final String label;

    DeliveryKind(String label) {
        this.label = label;
    }

    public static DeliveryKind of(MessageKind kind) {
        return valueOf(kind.name());
    }

    @Override
    public String label() {
        return label;
    }
}
