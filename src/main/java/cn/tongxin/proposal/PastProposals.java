package cn.tongxin.proposal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.handling.PastCases;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.SessionView;
import cn.tongxin.proposal.internal.Proposal;
import cn.tongxin.shared.ImportStamp;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * Writes past proposals (历史数据导入) as the live flow would have left them on their real dates — submitted, filed or
 * not, handled and closed — flagged imported and read-only from then on. Runs in the importing transaction, whose
 * caller has checked the permission and every row.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PastProposals {

    private final JdbcClient jdbc;
    private final Organization organization;
    private final PastCases cases;

    PastProposals(JdbcClient jdbc, Organization organization, PastCases cases) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.cases = cases;
    }

    /** The numbers the committee's proposals already carry (live or imported), so that a file is not brought in twice. */
    public java.util.Set<String> numbers(long committeeId) {
        return new java.util.HashSet<>(jdbc.sql("select number_text from proposal where committee_id = ? and number_text is not null")
                .param(committeeId).query(String.class).list());
    }

    /** The new proposals' ids, in the order given. */
    public List<Long> record(long committeeId, List<PastProposal> proposals, ImportStamp stamp) {
        List<SessionView> sessions = organization.sessions();
        List<Long> ids = new ArrayList<>();
        for (PastProposal p : proposals) {
            Long lead = p.proposerIds().isEmpty() ? null : p.proposerIds().getFirst();
            ProposalStatus status = !p.filed() ? ProposalStatus.NOT_FILED
                    : p.handling() != null ? ProposalStatus.CLOSED : ProposalStatus.FILED;
            LocalDate reviewedOn = p.filed() ? p.filedOn() : p.submittedOn();
            SessionView session = sessionOf(sessions, p.submittedOn());
            long id = jdbc.sql("""
                    insert into proposal (committee_id, request_key, status, kind, title, body, category, publishable,
                           lead_member_id, collective_unit_id, entered_by, on_behalf, session_id, session_proposal, submitted_at, number_text,
                           filed_at, reviewed_at, not_filed_reason, key_proposal, key_marked_on, closed_at, updated_at,
                           imported, imported_by, imported_at)
                    values (:c, :key, :status, :kind, :title, :body, :category, false, :lead, :unit, :by, true, :session,
                            :sessionProposal, :submitted, :number, :filed, :reviewed, :reason, :isKey, :keyOn, :closed, :at,
                            true, :by, :at)
                    returning id""")
                    .param("c", committeeId).param("key", "history-" + UUID.randomUUID()).param("status", status.name())
                    .param("kind", p.kind().name()).param("unit", p.collectiveUnitId())
                    .param("title", p.title()).param("body", "（历史导入，原文未录入）").param("category", p.category())
                    .param("lead", lead).param("by", stamp.by()).param("session", session == null ? null : session.id())
                    .param("sessionProposal", session != null && !p.submittedOn().isAfter(session.submissionDeadline())
                            && !p.submittedOn().isBefore(session.openingDate().minusMonths(3)))
                    .param("submitted", at(p.submittedOn())).param("number", p.numberText())
                    .param("filed", p.filed() ? at(p.filedOn()) : null).param("reviewed", at(reviewedOn))
                    .param("reason", p.filed() ? null : p.notFiledReason()).param("isKey", p.filed() && p.key())
                    .param("keyOn", p.filed() && p.key() ? p.filedOn() : null)
                    .param("closed", status == ProposalStatus.CLOSED ? at(closedOn(p)) : null)
                    .param("at", Timestamp.from(stamp.at()))
                    .query(Long.class).single();
            for (Long cosigner : p.proposerIds().stream().skip(1).toList()) {
                jdbc.sql("""
                        insert into proposal_cosigner (proposal_id, member_id, status, invited_at, due_at, responded_at)
                        values (?, ?, 'CONFIRMED', ?, ?, ?)""")
                        .params(id, cosigner, at(p.submittedOn()), at(p.submittedOn()), at(p.submittedOn())).update();
            }
            if (p.filed() && p.handling() != null) {
                cases.record(committeeId, SubjectRef.of(SubjectType.PROPOSAL, id), p.title(), "/proposals/" + id, p.handling(), stamp);
            }
            ids.add(id);
        }
        return ids;
    }

    /** The session whose window (three months before opening to the submission deadline) or term holds the day. */
    private static SessionView sessionOf(List<SessionView> sessions, LocalDate day) {
        return sessions.stream().filter(s -> !s.openingDate().isAfter(day.plusMonths(3)))
                .max(Comparator.comparing(SessionView::openingDate))
                .filter(s -> !day.isAfter(s.openingDate().plusYears(1)))
                .orElse(null);
    }

    private static LocalDate closedOn(PastProposal p) {
        LocalDate last = p.handling().repliedOn();
        for (var r : p.handling().ratings()) {
            if (r.ratedOn().isAfter(last)) {
                last = r.ratedOn();
            }
        }
        return last;
    }

    private static Timestamp at(LocalDate day) {
        return day == null ? null : Timestamp.from(day.atStartOfDay(Proposal.ZONE).toInstant());
    }
}
