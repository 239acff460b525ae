package cn.tongxin.search.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.suggestion.SuggestionStatus;

/**
 * A micro-suggestion's document: title, text, place and the unit's replies. Found by the office, its member and the
 * units it is assigned to (as the suggestion page allows); withdrawn ones leave the index.
 */
@Component
class SuggestionSource implements IndexSource {

    private final JdbcClient jdbc;
    private final CaseTexts cases;

    SuggestionSource(JdbcClient jdbc, CaseTexts cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    @Override
    public SubjectType type() {
        return SubjectType.MICRO_SUGGESTION;
    }

    private record Row(long id, long committeeId, SuggestionStatus status, String title, String text, long memberId, LocalDate on) {
    }

    @Override
    public Optional<SearchDocument> load(long id) {
        return jdbc.sql("""
                select id, committee_id, status, title, concat_ws(E'\\n', body, place) as text, member_id, received_on
                  from micro_suggestion where id = ?""").param(id)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("committee_id"), SuggestionStatus.valueOf(rs.getString("status")),
                        rs.getString("title"), rs.getString("text"), rs.getLong("member_id"), rs.getObject("received_on", LocalDate.class)))
                .optional().filter(s -> s.status() != SuggestionStatus.WITHDRAWN).map(this::document);
    }

    private SearchDocument document(Row s) {
        SubjectRef subject = SubjectRef.of(type(), s.id());
        CaseTexts.Case handling = cases.of(s.committeeId(), subject);
        return new SearchDocument(subject, s.committeeId(), s.on(), null, s.status().label(), handling.unitNames(), null,
                handling.categories(), s.title(), s.text(), handling.replies(),
                new SearchDocument.Visibility(true, false, List.of(s.memberId()), handling.unitIds(), List.of()));
    }

    @Override
    public List<Long> ids(Long committeeId, long afterId, int limit) {
        return jdbc.sql("""
                select id from micro_suggestion where (cast(:committee as bigint) is null or committee_id = :committee) and id > :after
                   and status <> 'WITHDRAWN' order by id limit :limit""")
                .param("committee", committeeId).param("after", afterId).param("limit", limit).query(Long.class).list();
    }
}
