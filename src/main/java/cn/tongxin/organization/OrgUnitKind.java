package cn.tongxin.organization;

import java.util.EnumSet;
import java.util.Set;

/** The simple organisation dictionaries of a committee. */
public enum OrgUnitKind {
    SECTOR("界别", "sectors"),
    SPECIAL_COMMITTEE("专门委员会", "special-committees"),
    PARTY("党派", "parties"),
    GROUP("人民团体", "groups"),
    NON_PARTY("无党派", "non-party"),
    STUDIO("委员工作室", "studios");

    /** Parties, groups and non-party: what a member's 党派 field may name. */
    public static final Set<OrgUnitKind> AFFILIATIONS = EnumSet.of(PARTY, GROUP, NON_PARTY);

    private final String label;
    private final String slug;

    OrgUnitKind(String label, String slug) {
        this.label = label;
        this.slug = slug;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return slug;
    }

    public static java.util.Optional<OrgUnitKind> fromSlug(String slug) {
        for (OrgUnitKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
