package cn.tongxin.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.handling.CaseView;
import cn.tongxin.handling.HandlingQueries;
import cn.tongxin.organization.CommitteeView;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.TermView;
import cn.tongxin.proposal.internal.ProposalStore;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;

/**
 * 优秀提案选编: the office picks a year (优秀提案 of that year) or a term (届), gets the outstanding proposals first and
 * the other filed ones of the period to add, puts them in order and prints the compilation ({@link SelectionDocument}):
 * title page, contents, each proposal with its number, proposers, text, units and a summary of the replies.
 */
@Service
@Transactional(readOnly = true)
public class ProposalSelections {

    static final int MAX = 200;
    static final int REPLY_SUMMARY = 600;

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final ProposalStore store;
    private final HandlingQueries handling;
    private final Organization organization;
    private final Clock clock;

    ProposalSelections(JdbcClient jdbc, CurrentUsers currentUsers, ProposalStore store, HandlingQueries handling, Organization organization,
                       Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.store = store;
        this.handling = handling;
        this.organization = organization;
        this.clock = clock;
    }

    /** A filed proposal of the period, the outstanding ones first. */
    public record Candidate(long id, String numberText, String title, String proposer, boolean outstanding) {
    }

    /** {@code proposalIds} in the order they are printed. */
    public record SelectionForm(String title, Integer year, Long termId, List<Long> proposalIds) {
    }

    public record Entry(long id, String numberText, String title, String proposers, String sessionLabel, List<String> sections,
                        List<String> units, List<String> replies) {
    }

    public record Selection(String title, String committee, String period, LocalDate compiledOn, List<Entry> entries) {
    }

    /** The period's filed proposals (at most 500): 优秀提案 of the year (or marked in the term) first, then by number. */
    public List<Candidate> candidates(Integer year, Long termId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        period(year, termId);
        return jdbc.sql("""
                select p.id, p.number_text, p.title, coalesce(cu.name, m.name, '') as proposer,
                       (p.outstanding and (cast(:year as int) is null or p.outstanding_year = :year)) as chosen
                  from proposal p
                  left join member m on m.id = p.lead_member_id
                  left join org_unit cu on cu.id = p.collective_unit_id
                 where p.committee_id = :committee and p.status in ('FILED', 'HANDLING', 'CLOSED')
                   and (cast(:year as int) is null
                        or (p.outstanding and p.outstanding_year = :year)
                        or extract(year from p.submitted_at at time zone 'Asia/Shanghai') = :year)
                   and (cast(:term as bigint) is null
                        or p.session_id in (select s.id from plenary_session s where s.committee_id = :committee and s.term_id = :term))
                 order by chosen desc, p.number nulls last, p.id
                 limit 500""")
                .param("committee", staff.committeeId()).param("year", year).param("term", termId)
                .query((rs, n) -> new Candidate(rs.getLong("id"), rs.getString("number_text"), rs.getString("title"),
                        rs.getString("proposer"), rs.getBoolean("chosen")))
                .list();
    }

    /** The compilation as printed: refused (422, nothing printed) unless every proposal is a filed one of the committee. */
    public Selection compile(SelectionForm f) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(f.title()) || f.title().strip().length() > 100) {
            errors.add("title", "请填写选编名称（不超过100个字）");
        }
        String period = null;
        try {
            period = period(f.year(), f.termId());
        } catch (FieldErrors e) {
            e.errors().forEach(x -> errors.add(x.field(), x.message()));
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(f.proposalIds() == null ? List.<Long>of() : f.proposalIds()));
        if (ids.isEmpty() || ids.size() > MAX) {
            errors.add("proposalIds", "请选择要编入的提案（1—" + MAX + "件）");
        } else {
            long filed = jdbc.sql("""
                    select count(*) from proposal where committee_id = ? and status in ('FILED', 'HANDLING', 'CLOSED')
                       and id = any(cast(? as bigint[]))""")
                    .params(staff.committeeId(), ids.toArray(Long[]::new)).query(Long.class).single();
            if (filed != ids.size()) {
                errors.add("proposalIds", "只能编入本会已立案的提案");
            }
        }
        errors.throwIfAny();
        // bounded (at most MAX proposals): each proposal read as its own page reads it, with its case
        List<Entry> entries = ids.stream().map(id -> entry(staff.committeeId(), id)).toList();
        String committee = organization.committee(staff.committeeId()).map(CommitteeView::name).orElse("");
        return new Selection(f.title().strip(), committee, period, LocalDate.now(clock), entries);
    }

    /** The compilation as .docx. */
    public byte[] docx(SelectionForm f) {
        return SelectionDocument.write(compile(f));
    }

    private Entry entry(long committeeId, long id) {
        ProposalView p = store.view(committeeId, id).orElseThrow(() -> BusinessException.notFound("提案"));
        List<String> sections = new ArrayList<>();
        if (p.body() != null) {
            sections.add(p.body());
        }
        if (p.situation() != null) {
            sections.add("一、情况\n" + p.situation());
        }
        if (p.analysis() != null) {
            sections.add("二、分析\n" + p.analysis());
        }
        if (p.suggestions() != null) {
            sections.add("三、建议\n" + p.suggestions());
        }
        CaseView c = handling.view(committeeId, ProposalAccess.SUBJECT, p.mergedIntoId() != null ? p.mergedIntoId() : id).orElse(null);
        List<String> units = c == null ? List.of() : c.assignments().stream().map(a -> a.unitName() + "（" + a.role().label() + "）").distinct().toList();
        List<String> replies = c == null ? List.of() : c.replies().stream().filter(r -> !r.returned() && r.text() != null)
                .map(r -> r.unitName() + "：" + PublishedProposals.scrub(summary(r.text()))).toList();
        return new Entry(id, p.numberText(), p.title(), p.proposers(), p.sessionLabel(), sections, units, replies);
    }

    private static String summary(String text) {
        String t = text.strip();
        return t.length() <= REPLY_SUMMARY ? t : t.substring(0, REPLY_SUMMARY) + "……";
    }

    /** "2026年度" or the term's name; 422 when neither or an unknown term is given. */
    private String period(Integer year, Long termId) {
        if (termId != null) {
            return organization.terms().stream().filter(t -> t.id() == termId).findFirst().map(TermView::name)
                    .orElseThrow(() -> new FieldErrors("提交的内容有误，请修改后重试",
                            List.of(new FieldErrors.FieldError("termId", "所选届次不存在或不属于本会"))));
        }
        if (year == null || year < 1949 || year > LocalDate.now(clock).getYear() + 1) {
            throw new FieldErrors("提交的内容有误，请修改后重试", List.of(new FieldErrors.FieldError("year", "请选择年度或届次")));
        }
        return year + "年度";
    }
}
