package cn.tongxin.handling.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.handling.CaseSheet;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.handling.Satisfaction;
import cn.tongxin.shared.SubjectType;

/** Four queries for any number of subjects: cases, active assignments, current replies, current ratings. */
@Repository
public class CaseSheetRows {

    private final JdbcClient jdbc;

    CaseSheetRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Case(long id, long subjectId, HandlingMode mode, java.time.Instant assignedAt, java.time.Instant repliedAt) {
    }

    public Map<Long, CaseSheet.Row> of(long committeeId, SubjectType subjectType, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        List<Case> cases = jdbc.sql("""
                select id, subject_id, mode, assigned_at, replied_at from handling_case
                 where committee_id = :committee and subject_type = :type and subject_id = any(:ids)""")
                .param("committee", committeeId).param("type", subjectType.name()).param("ids", subjectIds.toArray(Long[]::new))
                .query((rs, n) -> new Case(rs.getLong("id"), rs.getLong("subject_id"), HandlingMode.valueOf(rs.getString("mode")),
                        CaseStore.instant(rs.getTimestamp("assigned_at")), CaseStore.instant(rs.getTimestamp("replied_at"))))
                .list();
        if (cases.isEmpty()) {
            return Map.of();
        }
        Long[] caseIds = cases.stream().map(Case::id).toArray(Long[]::new);
        Map<Long, Map<String, List<String>>> units = new HashMap<>();
        jdbc.sql("""
                select a.case_id, a.role, u.name from handling_assignment a join handling_unit u on u.id = a.unit_id
                 where a.case_id = any(:cases) and a.status <> 'WITHDRAWN' order by a.case_id, a.id""")
                .param("cases", caseIds)
                .query(rs -> {
                    units.computeIfAbsent(rs.getLong("case_id"), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString("role"), k -> new ArrayList<>()).add(rs.getString("name"));
                });
        Map<Long, List<String>> categories = new HashMap<>();
        jdbc.sql("""
                select r.case_id, r.category from handling_reply r join handling_case c on c.id = r.case_id and r.round = c.round
                 where r.case_id = any(:cases) and r.status <> 'RETURNED' order by r.case_id, r.id""")
                .param("cases", caseIds)
                .query(rs -> {
                    categories.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>()).add(rs.getString("category"));
                });
        Map<Long, Map<Satisfaction, Integer>> attitude = new HashMap<>();
        Map<Long, Map<Satisfaction, Integer>> result = new HashMap<>();
        jdbc.sql("""
                select r.case_id, r.attitude, r.result from handling_rating r join handling_case c on c.id = r.case_id and r.round = c.round
                 where r.case_id = any(:cases)""")
                .param("cases", caseIds)
                .query(rs -> {
                    long id = rs.getLong("case_id");
                    attitude.computeIfAbsent(id, k -> new TreeMap<>()).merge(Satisfaction.valueOf(rs.getString("attitude")), 1, Integer::sum);
                    result.computeIfAbsent(id, k -> new TreeMap<>()).merge(Satisfaction.valueOf(rs.getString("result")), 1, Integer::sum);
                });
        Map<Long, CaseSheet.Row> rows = new LinkedHashMap<>();
        for (Case c : cases) {
            Map<String, List<String>> byRole = units.getOrDefault(c.id(), Map.of());
            List<String> lead = new ArrayList<>(byRole.getOrDefault("SOLE", List.of()));
            lead.addAll(byRole.getOrDefault("LEAD", List.of()));
            rows.put(c.subjectId(), new CaseSheet.Row(c.mode(), lead, byRole.getOrDefault("CO", List.of()),
                    byRole.getOrDefault("SPLIT", List.of()), c.assignedAt(), c.repliedAt(),
                    categories.getOrDefault(c.id(), List.of()), counted(attitude.get(c.id())), counted(result.get(c.id()))));
        }
        return rows;
    }

    private static String counted(Map<Satisfaction, Integer> counts) {
        if (counts == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((s, n) -> parts.add(s.label() + n));
        return String.join("、", parts);
    }
}
