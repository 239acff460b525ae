package cn.tongxin.proposal.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.organization.Organization;
import cn.tongxin.organization.SessionView;

/** 立案 numbers: per committee, session and kind (session or interim), gap-free and unique under concurrent filing. */
@Component
public class ProposalNumbering {

    private final JdbcClient jdbc;
    private final Organization organization;

    ProposalNumbering(JdbcClient jdbc, Organization organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    public Number next(long committeeId, long sessionId, boolean sessionProposal) {
        jdbc.sql("""
                insert into proposal_number_counter (committee_id, session_id, session_proposal, last_number)
                values (?, ?, ?, 0) on conflict do nothing""")
                .params(committeeId, sessionId, sessionProposal).update();
        int number = jdbc.sql("""
                update proposal_number_counter set last_number = last_number + 1
                 where committee_id = ? and session_id = ? and session_proposal = ? returning last_number""")
                .params(committeeId, sessionId, sessionProposal).query(Integer.class).single();
        String sessionName = organization.sessions().stream().filter(s -> s.id() == sessionId).map(SessionView::name)
                .findFirst().orElse("");
        return new Number(number, sessionName + (sessionProposal ? "" : "平时提案") + "第" + String.format("%04d", number) + "号");
    }

    /** e.g. 十三届二次会议第0123号. */
    public record Number(int value, String text) {
    }
}
