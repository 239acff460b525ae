package cn.tongxin.organization;

/** An entry of an organisation dictionary (a sector, special committee, party, group or studio); {@code level}: a studio's, else null. */
public record OrgUnit(long id, OrgUnitKind kind, String name, String description, int sortOrder, boolean active,
                      int version, StudioLevel level) {
}
