package cn.tongxin.notification.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.account.AccountDirectory;

/**
 * The daily e-mail digest. Each user's window runs from the end of the last window sent to them (their mark) to the
 * end given; the mark moves in the same transaction that hands the digest to the registry. So a run repeated sends
 * nothing twice (its window is empty), and a day missed is in the next run's window.
 */
@Component
public class DailyDigest {

    static final int MAX_LINES = 200;

    private final Preferences preferences;
    private final Messages messages;
    private final AccountDirectory directory;
    private final MessageTexts texts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    DailyDigest(Preferences preferences, Messages messages, AccountDirectory directory, MessageTexts texts,
                ApplicationEventPublisher events, TransactionTemplate tx) {
        this.preferences = preferences;
        this.messages = messages;
        this.directory = directory;
        this.texts = texts;
        this.events = events;
        this.tx = tx;
    }

    /** Composes every subscriber's digest for the window ending at {@code end}; returns how many were composed. */
    public int run(Instant end) {
        int composed = 0;
        for (long account : preferences.digestSubscribers()) {
            composed += Optional.ofNullable(tx.execute(status -> one(account, end))).orElse(0);
        }
        return composed;
    }

    private int one(long accountId, Instant end) {
        var kinds = preferences.digestKinds(accountId);
        if (kinds.isEmpty()) {
            return 0;
        }
        var mark = preferences.lockMark(accountId);
        // the mark is set when the digest is chosen; without one, the window starts at that choice
        Instant from = mark.orElseGet(() -> preferences.digestChosenAt(accountId));
        if (!end.isAfter(from)) {
            return 0;
        }
        preferences.setMark(accountId, end);
        var person = directory.find(accountId).filter(AccountDirectory.Addressee::hasEmail);
        if (person.isEmpty()) {
            return 0;
        }
        var lines = messages.window(person.get(), kinds, from, end, MAX_LINES + 1);
        if (lines.isEmpty()) {
            return 0;
        }
        boolean more = lines.size() > MAX_LINES;
        var shown = more ? lines.subList(0, MAX_LINES) : lines;
        events.publishEvent(new DigestComposed(person.get().committeeId(), accountId,
                "digest:" + accountId + ":" + end.toEpochMilli(), texts.digestSubject(shown.size(), from, end),
                texts.digestBody(person.get(), shown, more)));
        return 1;
    }
}
