package cn.tongxin.member;

import java.util.List;
import java.util.Optional;

/** Read access to the current committee's members, for other modules (no roster permission implied). */
public interface Members {

    Optional<MemberView> find(long memberId);

    /** Those of the given members who belong to the current committee, in one lookup (any status); unknown ids are left out. */
    List<MemberView> find(java.util.Collection<Long> memberIds);

    /** Active members whose name contains the text, for pickers (at most 20). */
    List<MemberView> search(String name);

    /** All active members, for choosing one (a committee has a few thousand at most). */
    List<MemberView> active();

    /** Every member of the committee, also those who left (history names them), for matching by name. */
    List<MemberView> all();

    /** Active members of any of the given sectors, special committees or studios, and the standing members if asked. */
    java.util.Set<Long> inGroups(java.util.Collection<Long> sectorIds, java.util.Collection<Long> specialCommitteeIds,
                                 java.util.Collection<Long> studioIds, boolean standing);
}
