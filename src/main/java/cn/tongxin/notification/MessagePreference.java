package cn.tongxin.notification;

/** How one kind of message reaches a user beyond the inbox (which always has it). */
public record MessagePreference(MessageKind kind, EmailMode email, boolean sms) {

    public static MessagePreference defaults(MessageKind kind) {
        return new MessagePreference(kind, kind.defaultEmail(), kind.defaultSms());
    }
}
