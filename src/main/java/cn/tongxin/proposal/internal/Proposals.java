package cn.tongxin.proposal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.proposal.ProposalKind;
import cn.tongxin.proposal.ProposalStatus;
import cn.tongxin.shared.BusinessException;

/**
 * The proposals of a committee; steps on one proposal hold its row lock, so they never interleave. Written in SQL
 * rather than as a Spring Data repository: a plenary's writes each load and save one proposal, and the generic mapping
 * of its 38 columns (reading them, building the parameters, the insert and the versioned update) was a sixth of such a
 * request's CPU. Saving publishes the events the steps registered, as a Spring Data repository does; the version
 * column detects a concurrent change ({@link OptimisticLockingFailureException}, answered 409).
 */
@Component
public class Proposals {

    /** The columns the aggregate holds, besides id and version; the others (created_at, import and publication marks) are not its. */
    private static final String[] COLUMNS = {"committee_id", "request_key", "status", "kind", "title", "body", "situation",
            "analysis", "suggestions", "category", "suggested_units", "publishable", "lead_member_id", "collective_unit_id",
            "entered_by", "on_behalf", "session_id", "session_proposal", "submitted_at", "received_on", "number", "number_text",
            "filed_at", "reviewed_at", "not_filed_reason", "review_note", "conversion", "merged_into_id", "key_proposal",
            "outstanding", "outstanding_year", "key_marked_on", "outstanding_marked_on", "converted_by", "closed_at", "updated_at"};
    private static final String INSERT = "insert into proposal (" + String.join(", ", COLUMNS) + ", version) values ("
            + ":" + String.join(", :", COLUMNS) + ", 0) returning id";
    private static final String UPDATE = "update proposal set " + String.join(", ", java.util.Arrays.stream(COLUMNS)
            .map(c -> c + " = :" + c).toList()) + ", version = version + 1 where id = :id and version = :version";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Proposals(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The proposal, locked for this step, or 404. */
    public Proposal lock(long committeeId, long id) {
        return held(committeeId, id, "for update");
    }

    /**
     * The proposal, its state held for a step that changes nothing on the proposal row itself (a co-signer's answer):
     * the steps that change it wait for this one, as this one waits for them, while answers of several co-signers of one
     * proposal do not wait for each other (a shared row lock). 404 when it is not the committee's.
     */
    public Proposal share(long committeeId, long id) {
        return held(committeeId, id, "for share");
    }

    /** The committee's proposal with a row lock of the given mode until the transaction ends, or 404. */
    private Proposal held(long committeeId, long id, String lockMode) {
        return jdbc.sql("select * from proposal where id = ? and committee_id = ? " + lockMode).params(id, committeeId)
                .query(Proposals::row).optional().orElseThrow(() -> BusinessException.notFound("提案"));
    }

    public Optional<Proposal> findByCommitteeIdAndRequestKey(long committeeId, String requestKey) {
        return jdbc.sql("select * from proposal where committee_id = ? and request_key = ?").params(committeeId, requestKey)
                .query(Proposals::row).optional();
    }

    public Set<Long> confirmedCosigners(long id) {
        return new HashSet<>(jdbc.sql("select member_id from proposal_cosigner where proposal_id = ? and status = 'CONFIRMED'")
                .param(id).query(Long.class).list());
    }

    public Optional<String> leadMemberName(long id) {
        return jdbc.sql("select m.name from proposal p join member m on m.id = p.lead_member_id where p.id = ?").param(id)
                .query(String.class).optional();
    }

    /**
     * Inserts a new proposal or updates a loaded one (unless another transaction changed it since: 409), then publishes
     * the events its steps registered.
     */
    public Proposal save(Proposal p) {
        Map<String, Object> values = values(p);
        if (p.id == null) {
            p.id = jdbc.sql(INSERT).params(values).query(Long.class).single();
            p.version = 0;
        } else {
            values.put("id", p.id);
            values.put("version", p.version());
            if (jdbc.sql(UPDATE).params(values).update() != 1) {
                throw new OptimisticLockingFailureException("提案 " + p.id + " 已被他人修改");
            }
            p.version = p.version() + 1;
        }
        p.pendingEvents().forEach(events::publishEvent);
        p.eventsPublished();
        return p;
    }

    private static Map<String, Object> values(Proposal p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("committee_id", p.committeeId);
        v.put("request_key", p.requestKey);
        v.put("status", p.status.name());
        v.put("kind", p.kind.name());
        v.put("title", p.title);
        v.put("body", p.body);
        v.put("situation", p.situation);
        v.put("analysis", p.analysis);
        v.put("suggestions", p.suggestions);
        v.put("category", p.category);
        v.put("suggested_units", p.suggestedUnits);
        v.put("publishable", p.publishable);
        v.put("lead_member_id", p.leadMemberId);
        v.put("collective_unit_id", p.collectiveUnitId);
        v.put("entered_by", p.enteredBy);
        v.put("on_behalf", p.onBehalf);
        v.put("session_id", p.sessionId);
        v.put("session_proposal", p.sessionProposal);
        v.put("submitted_at", timestamp(p.submittedAt));
        v.put("received_on", p.receivedOn);
        v.put("number", p.number);
        v.put("number_text", p.numberText);
        v.put("filed_at", timestamp(p.filedAt));
        v.put("reviewed_at", timestamp(p.reviewedAt));
        v.put("not_filed_reason", p.notFiledReason);
        v.put("review_note", p.reviewNote);
        v.put("conversion", p.conversion);
        v.put("merged_into_id", p.mergedIntoId);
        v.put("key_proposal", p.keyProposal);
        v.put("outstanding", p.outstanding);
        v.put("outstanding_year", p.outstandingYear);
        v.put("key_marked_on", p.keyMarkedOn);
        v.put("outstanding_marked_on", p.outstandingMarkedOn);
        v.put("converted_by", p.convertedBy);
        v.put("closed_at", timestamp(p.closedAt));
        v.put("updated_at", timestamp(p.updatedAt == null ? Instant.now() : p.updatedAt));
        return v;
    }

    private static Proposal row(ResultSet rs, int n) throws SQLException {
        var p = new Proposal();
        p.id = rs.getLong("id");
        p.version = rs.getInt("version");
        p.committeeId = rs.getLong("committee_id");
        p.requestKey = rs.getString("request_key");
        p.status = ProposalStatus.valueOf(rs.getString("status"));
        p.kind = ProposalKind.valueOf(rs.getString("kind"));
        p.title = rs.getString("title");
        p.body = rs.getString("body");
        p.situation = rs.getString("situation");
        p.analysis = rs.getString("analysis");
        p.suggestions = rs.getString("suggestions");
        p.category = rs.getString("category");
        p.suggestedUnits = rs.getString("suggested_units");
        p.publishable = rs.getBoolean("publishable");
        p.leadMemberId = rs.getObject("lead_member_id", Long.class);
        p.collectiveUnitId = rs.getObject("collective_unit_id", Long.class);
        p.enteredBy = rs.getString("entered_by");
        p.onBehalf = rs.getBoolean("on_behalf");
        p.sessionId = rs.getObject("session_id", Long.class);
        p.sessionProposal = rs.getBoolean("session_proposal");
        p.submittedAt = instant(rs, "submitted_at");
        p.receivedOn = rs.getObject("received_on", LocalDate.class);
        p.number = rs.getObject("number", Integer.class);
        p.numberText = rs.getString("number_text");
        p.filedAt = instant(rs, "filed_at");
        p.reviewedAt = instant(rs, "reviewed_at");
        p.notFiledReason = rs.getString("not_filed_reason");
        p.reviewNote = rs.getString("review_note");
        p.conversion = rs.getString("conversion");
        p.mergedIntoId = rs.getObject("merged_into_id", Long.class);
        p.keyProposal = rs.getBoolean("key_proposal");
        p.outstanding = rs.getBoolean("outstanding");
        p.outstandingYear = rs.getObject("outstanding_year", Integer.class);
        p.keyMarkedOn = rs.getObject("key_marked_on", LocalDate.class);
        p.outstandingMarkedOn = rs.getObject("outstanding_marked_on", LocalDate.class);
        p.convertedBy = rs.getObject("converted_by", Long.class);
        p.closedAt = instant(rs, "closed_at");
        p.updatedAt = instant(rs, "updated_at");
        return p;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
