package cn.tongxin.proposal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.proposal.ProposalEvents;
import cn.tongxin.proposal.ProposalStatus;
import cn.tongxin.proposal.ReviewProposals;

/** Reads a year's proposal facts back from the proposal rows: two queries, whatever the number of proposals. */
@Component
public class ProposalFactRows {

    private static final String OPINION_REPORT = ReviewProposals.Conversion.OPINION_REPORT.name();
    private static final List<String> NO_FACTS = List.of(ProposalStatus.DRAFT.name(), ProposalStatus.RETURNED.name(),
            ProposalStatus.WITHDRAWN.name());

    private final JdbcClient jdbc;

    ProposalFactRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long id, ProposalStatus status, String title, String text, Long lead, String leadName, Long collectiveUnit,
                       boolean sessionProposal, Instant submittedAt, Instant filedAt, Instant reviewedAt, String numberText,
                       String notFiledReason, String conversion, Long convertedBy, Long mergedInto, boolean key,
                       LocalDate keyMarkedOn, boolean outstanding, Integer outstandingYear, LocalDate outstandingMarkedOn,
                       Instant closedAt) {
    }

    private record Cosigner(long memberId, Instant confirmedAt) {
    }

    public List<Object> replay(long committeeId, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Timestamp start = Timestamp.from(from.atStartOfDay(Proposal.ZONE).toInstant());
        Timestamp end = Timestamp.from(to.atStartOfDay(Proposal.ZONE).toInstant());
        List<Row> rows = jdbc.sql("""
                select p.*, m.name as lead_name from proposal p left join member m on m.id = p.lead_member_id
                 where p.committee_id = :c and p.status <> all(:none)
                   and (p.submitted_at >= :start and p.submitted_at < :end or p.filed_at >= :start and p.filed_at < :end
                        or p.reviewed_at >= :start and p.reviewed_at < :end or p.closed_at >= :start and p.closed_at < :end
                        or p.key_marked_on >= :from and p.key_marked_on < :to
                        or p.outstanding_marked_on >= :from and p.outstanding_marked_on < :to)
                 order by p.id""")
                .param("c", committeeId).param("none", NO_FACTS.toArray(String[]::new)).param("start", start).param("end", end)
                .param("from", from).param("to", to).query(ProposalFactRows::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Cosigner>> cosigners = new HashMap<>();
        jdbc.sql("""
                select proposal_id, member_id, responded_at from proposal_cosigner
                 where proposal_id = any(:ids) and status = 'CONFIRMED' order by proposal_id, member_id""")
                .param("ids", rows.stream().map(Row::id).toArray(Long[]::new))
                .query((rs, n) -> cosigners.computeIfAbsent(rs.getLong("proposal_id"), k -> new ArrayList<>())
                        .add(new Cosigner(rs.getLong("member_id"), instant(rs, "responded_at")))).list();
        List<Object> facts = new ArrayList<>();
        for (Row r : rows) {
            facts.addAll(facts(committeeId, r, cosigners.getOrDefault(r.id(), List.of()), from, to));
        }
        return facts;
    }

    private static List<Object> facts(long c, Row r, List<Cosigner> cosigners, LocalDate from, LocalDate to) {
        List<Object> facts = new ArrayList<>();
        Set<Long> all = cosigners.stream().map(Cosigner::memberId).collect(Collectors.toSet());
        if (in(r.submittedAt(), from, to)) {
            Set<Long> atSubmission = cosigners.stream()
                    .filter(s -> s.confirmedAt() == null || !s.confirmedAt().isAfter(r.submittedAt()))
                    .map(Cosigner::memberId).collect(Collectors.toSet());
            facts.add(new ProposalEvents.Submitted(c, r.id(), r.lead(), atSubmission, r.collectiveUnit(), r.sessionProposal(),
                    r.submittedAt()));
        }
        if (r.filedAt() != null && in(r.filedAt(), from, to)) {
            facts.add(new ProposalEvents.Filed(c, r.id(), r.lead(), all, r.numberText(), r.filedAt()));
        }
        if (r.status() == ProposalStatus.NOT_FILED && in(r.reviewedAt(), from, to)) {
            facts.add(new ProposalEvents.Rejected(c, r.id(), r.lead(), r.notFiledReason(), r.reviewedAt()));
            if (OPINION_REPORT.equals(r.conversion()) && r.convertedBy() != null) {
                facts.add(new ProposalEvents.ConvertedToOpinionReport(c, r.id(), r.title(), r.text(), r.lead(), r.leadName(),
                        r.convertedBy(), day(r.reviewedAt())));
            }
        }
        if (r.status() == ProposalStatus.MERGED && r.mergedInto() != null && in(r.reviewedAt(), from, to)) {
            facts.add(new ProposalEvents.Merged(c, r.id(), r.mergedInto(), r.lead(), r.reviewedAt()));
        }
        if (r.key() && within(r.keyMarkedOn(), from, to)) {
            facts.add(new ProposalEvents.MarkedKey(c, r.id(), r.lead(), all, r.keyMarkedOn()));
        }
        if (r.outstanding() && r.outstandingYear() != null && within(r.outstandingMarkedOn(), from, to)) {
            facts.add(new ProposalEvents.MarkedOutstanding(c, r.id(), r.lead(), all, r.outstandingYear(), true,
                    r.outstandingMarkedOn()));
        }
        if (r.status() == ProposalStatus.CLOSED && in(r.closedAt(), from, to)) {
            facts.add(new ProposalEvents.Closed(c, r.id(), r.lead(), r.closedAt()));
        }
        return facts;
    }

    private static boolean in(Instant at, LocalDate from, LocalDate to) {
        return at != null && within(day(at), from, to);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && day.isBefore(to);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, Proposal.ZONE);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String body = rs.getString("body");
        String text = body != null ? body : Stream.of(rs.getString("situation"), rs.getString("analysis"), rs.getString("suggestions"))
                .filter(Objects::nonNull).collect(Collectors.joining("\n"));
        return new Row(rs.getLong("id"), ProposalStatus.valueOf(rs.getString("status")), rs.getString("title"), text,
                (Long) rs.getObject("lead_member_id"), rs.getString("lead_name"), (Long) rs.getObject("collective_unit_id"),
                rs.getBoolean("session_proposal"), instant(rs, "submitted_at"), instant(rs, "filed_at"), instant(rs, "reviewed_at"),
                rs.getString("number_text"), rs.getString("not_filed_reason"), rs.getString("conversion"),
                (Long) rs.getObject("converted_by"), (Long) rs.getObject("merged_into_id"), rs.getBoolean("key_proposal"),
                rs.getObject("key_marked_on", LocalDate.class), rs.getBoolean("outstanding"), (Integer) rs.getObject("outstanding_year"),
                rs.getObject("outstanding_marked_on", LocalDate.class), instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
