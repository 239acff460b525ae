package cn.tongxin.notification;

import cn.tongxin.shared.Labelled;

/** Ways out beyond the inbox (in-app messages are always written). */
public enum Channel implements Labelled {

    EMAIL("电子邮件"),
    SMS("短信");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
