package cn.tongxin.proposal;

import java.time.LocalDate;
import java.util.List;

import cn.tongxin.handling.PastCase;

/**
 * A past proposal brought in with its real dates: its number as it was given, proposers (the first is the lead),
 * category code, submission day, and either filed (on {@code filedOn}, perhaps handled and key) or not filed (with a
 * reason code, or none).
 *
 * @param handling          null when it was not handed to units
 * @param collectiveUnitId  the party, group, sector or special committee a collective proposal (集体提案) was made in the
 *                          name of, or null; its {@code proposerIds} are then none or one contact member
 */
public record PastProposal(String numberText, String title, List<Long> proposerIds, String category, LocalDate submittedOn,
                           boolean filed, LocalDate filedOn, String notFiledReason, boolean key, PastCase handling,
                           Long collectiveUnitId) {

    public ProposalKind kind() {
        return collectiveUnitId != null ? ProposalKind.COLLECTIVE : proposerIds.size() > 1 ? ProposalKind.JOINT : ProposalKind.INDIVIDUAL;
    }
}
