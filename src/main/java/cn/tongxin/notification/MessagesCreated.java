package cn.tongxin.notification;

import java.util.List;

/**
 * The same message was written to several recipients' inboxes at once, one row each ({@link Notifications#notify(long,
 * List, String, String, String)}): ONE publication in the event publication registry for all of them, whose listener
 * loads every addressee and their preferences once, then delivers each row as if it were its own {@link MessageCreated}
 * (same texts, same dedupe keys per row, same delivery log).
 */
public record MessagesCreated(long committeeId, List<Row> rows, String title, String body, String link) {

    public MessagesCreated {
        rows = List.copyOf(rows);
    }

    /** One inbox row: its id and the recipient it is for. */
    public record Row(long notificationId, Recipient recipient) {
    }

    /** Each row as the single message it is. */
    public List<MessageCreated> each() {
        return rows.stream().map(r -> new MessageCreated(r.notificationId(), committeeId, r.recipient(),
                MessageKind.of(r.recipient(), false), title, body, link)).toList();
    }
}
