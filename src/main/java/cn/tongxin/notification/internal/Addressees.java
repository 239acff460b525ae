package cn.tongxin.notification.internal;

import java.util.List;

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
}
