package cn.tongxin.notification.internal;

import java.util.List;
import java.util.Map;

import cn.tongxin.account.AccountDirectory.Addressee;
import cn.tongxin.notification.Channel;
import cn.tongxin.notification.MessageCreated;
import cn.tongxin.notification.MessagePreference;

/** A way out for a message: given its addressees and their preferences for its kind, sends to those who want it. */
interface MessageChannel {

    Channel channel();

    /** Hands each e-mail or SMS to the delivery log and the gateway; a gateway's failure is logged and retried there. */
    void deliver(MessageCreated m, List<Addressee> people, Map<Long, MessagePreference> wanted);
}
