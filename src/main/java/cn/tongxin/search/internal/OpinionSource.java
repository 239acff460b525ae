package cn.tongxin.search.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.opinion.OpinionStatus;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * A public-opinion report's document: title, the original text and, once edited, the edited text of its item. Found
 * by the office, the account that submitted it and its authors (as {@code OpinionAccess} says); withdrawn ones leave.
 * Leaders' instructions on its item are found with it.
 */
@Component
class OpinionSource implements IndexSource {

    private final JdbcClient jdbc;
    private final Dictionaries dictionaries;
    private final OutcomeTexts outcomes;

    OpinionSource(JdbcClient jdbc, Dictionaries dictionaries, OutcomeTexts outcomes) {
        this.jdbc = jdbc;
        this.dictionaries = dictionaries;
        this.outcomes = outcomes;
    }

    @Override
    public SubjectType type() {
        return SubjectType.OPINION_REPORT;
    }

    private record Row(long id, long committeeId, OpinionStatus status, String title, String text, String category,
                       long submitter, LocalDate on, Long itemId) {
    }

    @Override
    public Optional<SearchDocument> load(long id) {
        return jdbc.sql("""
                select r.id, r.committee_id, r.status, r.title, concat_ws(E'\\n', r.body, i.edited_text) as text, r.category,
                       r.submitter_account_id, r.received_on, r.item_id
                  from opinion_report r left join opinion_item i on i.id = r.item_id where r.id = ?""").param(id)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("committee_id"), OpinionStatus.valueOf(rs.getString("status")),
                        rs.getString("title"), rs.getString("text"), rs.getString("category"), rs.getLong("submitter_account_id"),
                        rs.getObject("received_on", LocalDate.class), rs.getObject("item_id", Long.class)))
                .optional().filter(r -> r.status() != OpinionStatus.WITHDRAWN).map(this::document);
    }

    private SearchDocument document(Row r) {
        List<Long> members = new ArrayList<>();
        Set<Long> accounts = new LinkedHashSet<>(List.of(r.submitter()));
        jdbc.sql("select member_id, account_id from opinion_author where report_id = ? order by position").param(r.id())
                .query((rs, n) -> {
                    Long member = rs.getObject("member_id", Long.class);
                    Long account = rs.getObject("account_id", Long.class);
                    if (member != null) {
                        members.add(member);
                    }
                    if (account != null) {
                        accounts.add(account);
                    }
                    return null;
                }).list();
        return new SearchDocument(SubjectRef.of(type(), r.id()), r.committeeId(), r.on(),
                dictionaries.label(r.committeeId(), DictionaryKind.PROPOSAL_CATEGORY, r.category()).orElse(r.category()), r.status().label(), List.of(),
                null, null, r.title(), r.text(),
                r.itemId() == null ? "" : outcomes.of(r.committeeId(), SubjectRef.of(SubjectType.OPINION_ITEM, r.itemId())),
                new SearchDocument.Visibility(true, false, members, List.of(), new ArrayList<>(accounts)));
    }

    /** The reports edited into an item. */
    List<Long> reportsOfItem(long itemId) {
        return jdbc.sql("select id from opinion_report where item_id = ? order by id").param(itemId).query(Long.class).list();
    }

    @Override
    public List<Long> ids(Long committeeId, long afterId, int limit) {
        return jdbc.sql("""
                select id from opinion_report where (cast(:committee as bigint) is null or committee_id = :committee) and id > :after
                   and status <> 'WITHDRAWN' order by id limit :limit""")
                .param("committee", committeeId).param("after", afterId).param("limit", limit).query(Long.class).list();
    }
}
