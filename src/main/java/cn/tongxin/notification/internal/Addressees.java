package cn.tongxin.notification.internal;

import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import cn.tongxin.account.AccountDirectory;
import cn.tongxin.account.AccountDirectory.Addressee;
import cn.tongxin.notification.Recipient;

/** The accounts behind a recipient: the same people who find the message in their inbox. */
@Component
class Addressees {

    private final AccountDirectory directory;

    Addressees(AccountDirectory directory) {
        this.directory = directory;
    }

    List<Addressee> of(long committeeId, Recipient to) {
        return switch (to.kind()) {
            case USER -> directory.find(to.id()).filter(a -> a.committeeId() == committeeId).stream().toList();
            case MEMBER -> directory.ofMember(committeeId, to.id());
            case UNIT -> directory.ofUnit(committeeId, to.id());
            case STAFF -> directory.office(committeeId);
        };
    }

    /** One person with two accounts (one mobile, one address) gets a message once. */
    static Predicate<Addressee> distinctBy(Function<Addressee, String> address) {
        var seen = new HashSet<String>();
        return a -> seen.add(address.apply(a));
    }
}
