package cn.tongxin.search.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.proposal.ProposalStatus;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * A proposal's document: title, text and reply letters. Who finds it mirrors {@code ProposalAccess}: the office all but
 * drafts; members their own (lead, co-signers, raters of what it was merged into) and filed public ones; a draft also
 * the account that entered it; units the ones assigned to them from handling on. Withdrawn proposals leave the index.
 */
@Component
class ProposalSource implements IndexSource {

    private static final Set<ProposalStatus> PUBLIC = EnumSet.of(ProposalStatus.FILED, ProposalStatus.HANDLING, ProposalStatus.CLOSED);
    private static final Set<ProposalStatus> AT_UNITS = EnumSet.of(ProposalStatus.HANDLING, ProposalStatus.CLOSED);

    private final JdbcClient jdbc;
    private final CaseTexts cases;
    private final Dictionaries dictionaries;

    ProposalSource(JdbcClient jdbc, CaseTexts cases, Dictionaries dictionaries) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.dictionaries = dictionaries;
    }

    @Override
    public SubjectType type() {
        return SubjectType.PROPOSAL;
    }

    private record Row(long id, long committeeId, ProposalStatus status, String title, String text, String category,
                       boolean publishable, Long leadMemberId, String enteredBy, Long mergedIntoId, String numberText,
                       java.time.LocalDate happenedOn) {
    }

    @Override
    public Optional<SearchDocument> load(long id) {
        Optional<Row> found = jdbc.sql("""
                select p.id, p.committee_id, p.status, p.title, concat_ws(E'\\n', p.body, p.situation, p.analysis, p.suggestions) as text,
                       p.category, p.publishable, p.lead_member_id, p.entered_by, p.merged_into_id, p.number_text,
                       coalesce(p.received_on, (coalesce(p.submitted_at, p.created_at) at time zone 'Asia/Shanghai')::date) as happened_on
                  from proposal p where p.id = ?""").param(id)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("committee_id"), ProposalStatus.valueOf(rs.getString("status")),
                        rs.getString("title"), rs.getString("text"), rs.getString("category"), rs.getBoolean("publishable"),
                        rs.getObject("lead_member_id", Long.class), rs.getString("entered_by"), rs.getObject("merged_into_id", Long.class),
                        rs.getString("number_text"), rs.getObject("happened_on", java.time.LocalDate.class)))
                .optional();
        return found.filter(p -> p.status() != ProposalStatus.WITHDRAWN).map(this::document);
    }

    private SearchDocument document(Row p) {
        SubjectRef subject = SubjectRef.of(SubjectType.PROPOSAL, p.id());
        CaseTexts.Case handling = cases.of(p.committeeId(), subject);
        boolean draft = p.status() == ProposalStatus.DRAFT;
        Set<Long> members = new LinkedHashSet<>(jdbc.sql("""
                select lead_member_id from proposal where id = :id and lead_member_id is not null
                union select member_id from proposal_cosigner where proposal_id = :id""").param("id", p.id()).query(Long.class).list());
        if (p.mergedIntoId() != null) {
            members.addAll(jdbc.sql("""
                    select lead_member_id from proposal where (id = :id or merged_into_id = :id) and lead_member_id is not null
                    union select c.member_id from proposal_cosigner c join proposal x on x.id = c.proposal_id
                     where (x.id = :id or x.merged_into_id = :id) and c.status = 'CONFIRMED'""")
                    .param("id", p.mergedIntoId()).query(Long.class).list());
        }
        List<Long> accounts = draft
                ? jdbc.sql("select id from user_account where committee_id = ? and lower(username) = lower(?)").params(p.committeeId(), p.enteredBy())
                        .query(Long.class).list()
                : List.of();
        var visibility = new SearchDocument.Visibility(!draft, p.publishable() && PUBLIC.contains(p.status()), new ArrayList<>(members),
                AT_UNITS.contains(p.status()) ? handling.unitIds() : List.of(), accounts);
        return new SearchDocument(subject, p.committeeId(), p.happenedOn(), categoryLabel(p.committeeId(), p.category()),
                p.status().label(), handling.unitNames(), p.numberText(), handling.categories(), p.title(),
                p.text(), handling.replies(), visibility);
    }

    private String categoryLabel(long committeeId, String code) {
        return dictionaries.label(committeeId, DictionaryKind.PROPOSAL_CATEGORY, code).orElse(code);
    }

    @Override
    public List<Long> ids(Long committeeId, long afterId, int limit) {
        return jdbc.sql("""
                select id from proposal where (cast(:committee as bigint) is null or committee_id = :committee) and id > :after
                   and status <> 'WITHDRAWN' order by id limit :limit""")
                .param("committee", committeeId).param("after", afterId).param("limit", limit).query(Long.class).list();
    }
}
