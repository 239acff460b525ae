package cn.tongxin.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.notification.internal.Messages;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@Service
@Transactional
public class Notifications {

    private final Messages messages;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(Messages messages, CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    /** Writes a message to the inbox; e-mail and SMS follow after the commit, as the recipients' preferences say. */
    public void notify(long committeeId, Recipient to, String title, String body, String link) {
        long id = messages.insert(committeeId, to, title, body, link, Instant.now(clock));
        events.publishEvent(new MessageCreated(id, committeeId, to, MessageKind.of(to, false), title, body, link));
    }

    /**
     * Writes the same message to several recipients: one inbox row each, written in one statement, and one publication
     * for all of them (see {@link MessagesCreated}); a recipient named twice gets it once. E-mail and SMS follow after
     * the commit exactly as for a message written to each alone.
     */
    public void notify(long committeeId, List<Recipient> to, String title, String body, String link) {
        List<Recipient> distinct = to.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return;
        }
        if (distinct.size() == 1) {
            notify(committeeId, distinct.getFirst(), title, body, link);
            return;
        }
        var rows = messages.insertAll(committeeId, distinct, title, body, link, Instant.now(clock));
        events.publishEvent(new MessagesCreated(committeeId, rows, title, body, link));
    }

    /** Creates a reminder unless the same obligation was already reminded to the same recipient that day. */
    public boolean remind(long committeeId, Recipient to, String obligationKey, LocalDate day, String title, String body,
                          String link) {
        var id = messages.insertReminder(committeeId, to, obligationKey, day, title, body, link, Instant.now(clock));
        id.ifPresent(n -> events.publishEvent(new MessageCreated(n, committeeId, to, MessageKind.of(to, true), title, body, link)));
        return id.isPresent();
    }

    @Transactional(readOnly = true)
    public PageResult<Message> inbox(PageQuery page) {
        CurrentUser me = currentUsers.get();
        long total = messages.countMine(me);
        List<Message> items = messages.mine(me, page.size(), page.offset());
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    @Transactional(readOnly = true)
    public long unread() {
        return currentUsers.find().map(messages::countUnread).orElse(0L);
    }

    /** The badge every page shows: empty without unread messages, "99+" from 100 on (the count stops there). */
    @Transactional(readOnly = true)
    public String unreadBadge() {
        long n = currentUsers.find().map(me -> messages.countUnread(me, 100)).orElse(0L);
        return n == 0 ? "" : n >= 100 ? "99+" : Long.toString(n);
    }

    public void markRead(long id) {
        CurrentUser me = currentUsers.get();
        if (messages.markRead(me, id) == 0) {
            throw BusinessException.notFound("消息");
        }
    }
}
