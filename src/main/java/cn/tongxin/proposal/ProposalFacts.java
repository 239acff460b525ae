package cn.tongxin.proposal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.proposal.internal.ProposalFactRows;

/**
 * The proposal facts of a year as they stand now, for rebuilding a member's performance record: the events the live
 * flow published and left standing (a withdrawn or returned proposal leaves none), read back from the current rows.
 * Each fact counts in the year of its own date (Instant-dated ones by their day in Asia/Shanghai). Internal: no
 * permission check, the caller (the performance module) has made its own.
 */
@Service
@Transactional(readOnly = true)
public class ProposalFacts {

    private final ProposalFactRows rows;

    ProposalFacts(ProposalFactRows rows) {
        this.rows = rows;
    }

    public List<Object> replay(long committeeId, int year) {
        return rows.replay(committeeId, year);
    }
}
