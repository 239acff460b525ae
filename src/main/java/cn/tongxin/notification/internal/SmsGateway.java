package cn.tongxin.notification.internal;

import java.util.Map;

/** Sends one SMS; throws when the gateway refuses or cannot be reached. */
public interface SmsGateway {

    void send(String mobile, Sms sms);

    /**
     * Chinese providers send only registered templates: {@code template} is the template id, {@code params} its
     * variables, {@code text} the same message written out (for the log).
     */
    record Sms(Purpose purpose, Map<String, String> params, String text) {
    }

    enum Purpose {
        /** "您有一条新消息：${title}" */
        NOTICE,
        /** "您的验证码为${code}" */
        CODE
    }
}
