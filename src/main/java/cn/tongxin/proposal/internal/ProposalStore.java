package cn.tongxin.proposal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.proposal.ProposalKind;
import cn.tongxin.proposal.ProposalStatus;
import cn.tongxin.proposal.ProposalView;

/** SQL for proposals; every statement is scoped by committee. */
@Component
public class ProposalStore {

    /**
     * A proposal with its names, its key leaders and the ids merged into it in one statement; whether it has co-signers
     * and supervisions too, so that a proposal without them (every new draft) costs no statement more.
     */
    static final String SELECT = """
            select p.*, m.name as lead_name, u.name as collective_name, s.name as session_name,
                   array(select k.leader_name from proposal_key_leader k where k.proposal_id = p.id order by k.leader_name)
                       as key_leaders,
                   array(select x.id from proposal x where x.merged_into_id = p.id order by x.id) as merged_ids,
                   exists (select 1 from proposal_cosigner c where c.proposal_id = p.id) as has_cosigners,
                   exists (select 1 from proposal_supervision v where v.proposal_id = p.id) as has_supervisions
              from proposal p
              left join member m on m.id = p.lead_member_id
              left join org_unit u on u.id = p.collective_unit_id
              left join plenary_session s on s.id = p.session_id
            """;

    private final JdbcClient jdbc;
    private final Dictionaries dictionaries;

    ProposalStore(JdbcClient jdbc, Dictionaries dictionaries) {
        this.jdbc = jdbc;
        this.dictionaries = dictionaries;
    }

    public Optional<ProposalView> view(long committeeId, long id) {
        return stored(committeeId, id).map(Stored::view);
    }

    /** A proposal as {@link #view} reads it, and whether it came in by history import (read-only, ADR 009). */
    public Optional<Stored> stored(long committeeId, long id) {
        return jdbc.sql(SELECT + " where p.committee_id = ? and p.id = ?").params(committeeId, id)
                .query((rs, n) -> new Stored(view(rs, committeeId), rs.getBoolean("imported"))).optional();
    }

    public record Stored(ProposalView view, boolean imported) {
    }

    private ProposalView view(ResultSet rs, long committeeId) throws SQLException {
        long id = rs.getLong("id");
        List<ProposalView.Cosigner> cosigners = !rs.getBoolean("has_cosigners") ? List.of() : jdbc.sql("""
                select c.member_id, m.name, c.status, c.invited_at, c.due_at, c.responded_at
                  from proposal_cosigner c join member m on m.id = c.member_id where c.proposal_id = ? order by c.invited_at, m.id""")
                .param(id).query((r, n) -> new ProposalView.Cosigner(r.getLong("member_id"), r.getString("name"),
                        r.getString("status"), instant(r, "invited_at"), instant(r, "due_at"), instant(r, "responded_at"))).list();
        List<String> leaders = List.of((String[]) rs.getArray("key_leaders").getArray());
        List<ProposalView.Supervision> supervisions = !rs.getBoolean("has_supervisions") ? List.of()
                : jdbc.sql("select * from proposal_supervision where proposal_id = ? order by held_on, id")
                .param(id).query((r, n) -> new ProposalView.Supervision(r.getString("kind"),
                        dictionaries.label(committeeId, DictionaryKind.SUPERVISION_KIND, r.getString("kind")).orElse(r.getString("kind")),
                        r.getObject("held_on", LocalDate.class), r.getString("note"), r.getString("recorded_by"))).list();
        List<Long> merged = List.of((Long[]) rs.getArray("merged_ids").getArray());
        String category = rs.getString("category");
        String reason = rs.getString("not_filed_reason");
        return new ProposalView(id, ProposalStatus.valueOf(rs.getString("status")), ProposalKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("body"), rs.getString("situation"), rs.getString("analysis"),
                rs.getString("suggestions"), category,
                dictionaries.label(committeeId, DictionaryKind.PROPOSAL_CATEGORY, category).orElse(category),
                rs.getString("suggested_units"), rs.getBoolean("publishable"), (Long) rs.getObject("lead_member_id"),
                rs.getString("lead_name"), (Long) rs.getObject("collective_unit_id"), rs.getString("collective_name"),
                rs.getString("entered_by"), rs.getBoolean("on_behalf"), (Long) rs.getObject("session_id"),
                rs.getString("session_name"), rs.getBoolean("session_proposal"), instant(rs, "submitted_at"),
                (Integer) rs.getObject("number"), rs.getString("number_text"), instant(rs, "filed_at"), reason,
                reason == null ? null : dictionaries.label(committeeId, DictionaryKind.NOT_FILED_REASON, reason).orElse(reason),
                rs.getString("review_note"), rs.getString("conversion"), (Long) rs.getObject("merged_into_id"),
                rs.getBoolean("key_proposal"), rs.getBoolean("outstanding"), (Integer) rs.getObject("outstanding_year"),
                instant(rs, "closed_at"), cosigners, leaders, supervisions, merged, rs.getInt("version"),
                rs.getObject("received_on", LocalDate.class), instant(rs, "created_at"));
    }

    /** Members who rate the answer: the lead and confirmed co-signers, also of proposals merged into this one. */
    public java.util.Set<Long> raters(long id) {
        return new java.util.HashSet<>(jdbc.sql("""
                select lead_member_id from proposal where (id = :id or merged_into_id = :id) and lead_member_id is not null
                union
                select c.member_id from proposal_cosigner c join proposal p on p.id = c.proposal_id
                 where (p.id = :id or p.merged_into_id = :id) and c.status = 'CONFIRMED'""")
                .param("id", id).query(Long.class).list());
    }

    /** Whether the member is a proposer of it: lead or invited co-signer. */
    public boolean isOwnedBy(long id, long memberId) {
        return jdbc.sql("""
                select count(*) from proposal p where p.id = :id and (p.lead_member_id = :m
                    or exists (select 1 from proposal_cosigner c where c.proposal_id = p.id and c.member_id = :m))""")
                .param("id", id).param("m", memberId).query(Long.class).single() > 0;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
