package cn.tongxin.notification;

import cn.tongxin.shared.Labelled;

/**
 * What a message is about, which decides how it reaches a person beyond the inbox. A reminder is a deadline; a message
 * to a person (a user, a member) is a personal item; a message to a unit's accounts or to the office is work.
 * The digest's SQL says the same in {@code internal.Messages.KIND}.
 */
public enum MessageKind implements Labelled {

    DEADLINE("办理时限与到期提醒", EmailMode.DIRECT, true),
    PERSONAL("与本人有关的事项", EmailMode.DIRECT, true),
    WORK("待办工作通知", EmailMode.OFF, false);

    private final String label;
    private final EmailMode defaultEmail;
    private final boolean defaultSms;

    MessageKind(String label, EmailMode defaultEmail, boolean defaultSms) {
        this.label = label;
        this.defaultEmail = defaultEmail;
        this.defaultSms = defaultSms;
    }

    public static MessageKind of(Recipient to, boolean reminder) {
        if (reminder) {
            return DEADLINE;
        }
        return to.kind() == Recipient.Kind.USER || to.kind() == Recipient.Kind.MEMBER ? PERSONAL : WORK;
    }

    @Override
    public String label() {
        return label;
    }

    /** Without a choice of the user's: deadlines and personal items go out at once, the rest stays in the inbox. */
    public EmailMode defaultEmail() {
        return defaultEmail;
    }

    public boolean defaultSms() {
        return defaultSms;
    }
}
