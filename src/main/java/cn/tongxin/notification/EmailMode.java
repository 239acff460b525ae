package cn.tongxin.notification;

import cn.tongxin.shared.Labelled;

/** How a kind of message goes out by e-mail. */
public enum EmailMode implements Labelled {

    OFF("不发送"),
    DIRECT("即时发送"),
    DIGEST("每日汇总");

    private final String label;

    EmailMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
