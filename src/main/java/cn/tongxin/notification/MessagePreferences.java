package cn.tongxin.notification;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.notification.internal.Preferences;
import cn.tongxin.shared.BusinessException;

/** The current user's choice of how each kind of message reaches them (in-app always). */
@Service
@Transactional
public class MessagePreferences {

    private final Preferences preferences;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    MessagePreferences(Preferences preferences, CurrentUsers currentUsers, Clock clock) {
        this.preferences = preferences;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MessagePreference> mine() {
        return preferences.of(currentUsers.get().id());
    }

    /** Kinds not named keep their setting. */
    public void updateMine(List<MessagePreference> changes) {
        CurrentUser me = currentUsers.get();
        if (changes == null || changes.stream().anyMatch(p -> p == null || p.kind() == null || p.email() == null)) {
            throw BusinessException.invalid("请为每类消息选择电子邮件的发送方式");
        }
        var kinds = EnumSet.noneOf(MessageKind.class);
        if (!changes.stream().map(MessagePreference::kind).filter(Objects::nonNull).allMatch(kinds::add)) {
            throw BusinessException.invalid("同一类消息只能设置一次");
        }
        preferences.save(me.id(), changes, clock.instant());
    }
}
