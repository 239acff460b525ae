package cn.tongxin.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.shared.SubjectRef;

/**
 * What the handling engine adds to a subject's document: its units (names for the facet, ids for the units' own
 * view), the reply letters' text (returned replies excluded) and their categories.
 */
@Component
class CaseTexts {

    record Case(List<Long> unitIds, List<String> unitNames, String replies, String categories) {
        static final Case NONE = new Case(List.of(), List.of(), "", null);
    }

    private final JdbcClient jdbc;

    CaseTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Case of(long committeeId, SubjectRef subject) {
        List<Long> caseIds = jdbc.sql("select id from handling_case where committee_id = ? and subject_type = ? and subject_id = ?")
                .params(committeeId, subject.type().name(), subject.id()).query(Long.class).list();
        if (caseIds.isEmpty()) {
            return Case.NONE;
        }
        long caseId = caseIds.getFirst();
        List<Long> unitIds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        jdbc.sql("""
                select distinct u.id, u.name from handling_assignment a join handling_unit u on u.id = a.unit_id
                 where a.case_id = ? and a.status <> 'WITHDRAWN' order by u.id""").param(caseId)
                .query((rs, n) -> {
                    unitIds.add(rs.getLong("id"));
                    names.add(rs.getString("name"));
                    return null;
                }).list();
        StringBuilder replies = new StringBuilder();
        TreeSet<String> categories = new TreeSet<>();
        jdbc.sql("select text, category from handling_reply where case_id = ? and status <> 'RETURNED' order by id").param(caseId)
                .query((rs, n) -> {
                    replies.append('\n').append(rs.getString("text"));
                    categories.add(rs.getString("category"));
                    return null;
                }).list();
        return new Case(unitIds, names, replies.toString().strip(), categories.isEmpty() ? null : String.join(",", categories));
    }
}
