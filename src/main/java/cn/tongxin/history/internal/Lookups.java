package cn.tongxin.history.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;

/**
 * The current committee's names, loaded once per import: members (also those who left) and handling units by name,
 * dictionary entries by code or label. Another committee's names are never here, so they never match.
 */
public final class Lookups {

    private final Map<String, List<Long>> members = new HashMap<>();
    private final Map<String, Long> units = new HashMap<>();
    private final Map<String, Long> collective = new HashMap<>();
    private final Dictionaries dictionaries;
    private final long committeeId;

    public Lookups(long committeeId, Members roster, Organization organization, Dictionaries dictionaries) {
        this.committeeId = committeeId;
        this.dictionaries = dictionaries;
        for (MemberView m : roster.all()) {
            members.computeIfAbsent(m.name(), k -> new java.util.ArrayList<>()).add(m.id());
        }
        organization.handlingUnitNames().forEach((id, name) -> units.putIfAbsent(name, id));
        // a name is taken as a party or group first: a sector that bears a party's name is written "界别：名称"
        for (OrgUnitKind kind : COLLECTIVE_KINDS) {
            organization.units(kind).forEach(u -> {
                collective.putIfAbsent(u.name(), u.id());
                collective.putIfAbsent(kind.label() + "：" + u.name(), u.id());
            });
        }
    }

    /** In whose name a collective proposal may be made, in the order a bare name is looked up. */
    private static final List<OrgUnitKind> COLLECTIVE_KINDS = List.of(OrgUnitKind.PARTY, OrgUnitKind.GROUP, OrgUnitKind.NON_PARTY,
            OrgUnitKind.SPECIAL_COMMITTEE, OrgUnitKind.SECTOR);

    /** The party, group, non-party group, special committee or sector of that name (also "界别：名称", "党派：名称" …). */
    Optional<Long> collectiveUnit(String name) {
        return Optional.ofNullable(collective.get(name.replace(":", "：")));
    }

    /** The members of that name: none, one, or several (then the name is ambiguous). */
    List<Long> members(String name) {
        return members.getOrDefault(name, List.of());
    }

    Optional<Long> unit(String name) {
        return Optional.ofNullable(units.get(name));
    }

    /** The code of a dictionary entry given by its code or its label. */
    Optional<String> code(DictionaryKind kind, String value) {
        return dictionaries.entries(committeeId, kind).stream()
                .filter(e -> e.code().equalsIgnoreCase(value) || e.label().equals(value)).map(DictionaryKind.Entry::code).findFirst();
    }
}
