package cn.tongxin.notification.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * The accounts behind each of several recipients, one lookup per kind of recipient among them (at most four,
     * however many recipients): what {@link #of(long, Recipient)} gives each, in the same order.
     */
    Map<Recipient, List<Addressee>> of(long committeeId, Collection<Recipient> to) {
        Map<Recipient.Kind, List<Long>> ids = new EnumMap<>(Recipient.Kind.class);
        to.forEach(r -> ids.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r.id()));
        Map<Recipient, List<Addressee>> result = new HashMap<>();
        ids.forEach((kind, these) -> {
            switch (kind) {
                case USER -> directory.find(these).stream().filter(a -> a.committeeId() == committeeId)
                        .forEach(a -> add(result, new Recipient(kind, a.id()), a));
                case MEMBER -> directory.ofMembers(committeeId, these).forEach(a -> add(result, Recipient.member(a.memberId()), a));
                case UNIT -> directory.ofUnits(committeeId, these).forEach(a -> add(result, Recipient.unit(a.unitId()), a));
                case STAFF -> result.put(Recipient.staff(), directory.office(committeeId));
            }
        });
        to.forEach(r -> result.putIfAbsent(r, List.of()));
        return result;
    }

    private static void add(Map<Recipient, List<Addressee>> result, Recipient r, Addressee a) {
        result.computeIfAbsent(r, k -> new ArrayList<>()).add(a);
    }

    /** One person with two accounts (one mobile, one address) gets a message once. */
    static Predicate<Addressee> distinctBy(Function<Addressee, String> address) {
        var seen = new HashSet<String>();
        return a -> seen.add(address.apply(a));
    }
}
