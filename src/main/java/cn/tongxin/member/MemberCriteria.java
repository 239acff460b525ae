package cn.tongxin.member;

/** Filters of the member list; all optional. */
public record MemberCriteria(String name, Long sectorId, Long affiliationId, Long specialCommitteeId, Long studioId,
                             Boolean standing, Long termId, MemberStatus status) {

    public static MemberCriteria none() {
        return new MemberCriteria(null, null, null, null, null, null, null, null);
    }
}
