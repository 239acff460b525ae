package cn.tongxin.activity;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A new activity. Invitees are individuals and whole groups (sectors, special committees, studios, the standing
 * committee), resolved to members when it is sent. Links: proposals (提案办理协商) and units (对口协商, supervision).
 */
public record ActivityForm(String title, ActivityType type, OrganiserKind organiserKind, Long organiserId, String organiserName,
                           LocalDateTime startsAt, LocalDateTime endsAt, String place, Boolean online, String topic,
                           String leaders, Boolean allowObservers, List<Long> memberIds, List<Long> sectorIds,
                           List<Long> specialCommitteeIds, List<Long> studioIds, Boolean standingCommittee,
                           List<Long> proposalIds, List<Long> unitIds) {
}
