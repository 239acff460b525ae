package cn.tongxin.organization;

/** Facts about a committee's directory that other modules react to (figures grouped by a party's or sector's name). */
public final class OrganizationEvents {

    private OrganizationEvents() {
    }

    /** An entry of the committee's directory (party, group, sector, studio …) was added or changed. */
    public record DirectoryChanged(long committeeId, OrgUnitKind kind, long unitId) {
    }
}
