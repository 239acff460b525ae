package cn.tongxin.notification.internal;

/** Sends one plain-text e-mail; throws when the mail server refuses or cannot be reached. */
public interface EmailGateway {

    void send(String to, String subject, String text);
}
