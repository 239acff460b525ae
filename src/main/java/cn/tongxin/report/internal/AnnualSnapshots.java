package cn.tongxin.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.report.AnnualAccount;
import cn.tongxin.shared.BusinessException;

/** Locked years and their figures as published (V24); written once, never changed. */
@Component
public class AnnualSnapshots {

    private final JdbcClient jdbc;

    AnnualSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AnnualAccount.Lock> lock(long committeeId, int year) {
        return jdbc.sql("select adopted_on, locked_by, locked_at from annual_lock where committee_id = ? and year = ?")
                .params(committeeId, year)
                .query((rs, n) -> new AnnualAccount.Lock(rs.getDate("adopted_on").toLocalDate(), rs.getString("locked_by"),
                        rs.getTimestamp("locked_at").toInstant())).optional();
    }

    /** The published figures of a locked year in a scope; empty if the year is not locked. */
    public Map<String, Long> figures(long committeeId, int year, String scope) {
        Map<String, Long> values = new LinkedHashMap<>();
        jdbc.sql("select figure, value from annual_snapshot where committee_id = ? and year = ? and scope = ? order by figure")
                .params(committeeId, year, scope).query((rs, n) -> values.put(rs.getString("figure"), rs.getLong("value"))).list();
        return values;
    }

    /** Locks the year with its figures per scope; a second lock of the same year is refused (409). */
    public void lock(long committeeId, int year, LocalDate adoptedOn, String by, Map<String, Map<String, Long>> figuresByScope) {
        try {
            jdbc.sql("insert into annual_lock (committee_id, year, adopted_on, locked_by) values (?, ?, ?, ?)")
                    .params(committeeId, year, adoptedOn, by).update();
        } catch (DuplicateKeyException e) {
            throw BusinessException.conflict(year + " 年度的数字已经锁定，不能再次锁定");
        }
        List<String> scopes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        figuresByScope.forEach((scope, figures) -> figures.forEach((k, v) -> {
            scopes.add(scope);
            keys.add(k);
            values.add(v);
        }));
        jdbc.sql("""
                insert into annual_snapshot (committee_id, year, scope, figure, value)
                select :committee, :year, s, f, v from unnest(cast(:s as varchar[]), cast(:f as varchar[]), cast(:v as bigint[])) as t(s, f, v)""")
                .param("committee", committeeId).param("year", year).param("s", scopes.toArray(String[]::new))
                .param("f", keys.toArray(String[]::new)).param("v", values.toArray(Long[]::new)).update();
    }

    public record Template(String filename, byte[] content) {
    }

    public Optional<Template> template(long committeeId) {
        return jdbc.sql("select filename, content from annual_template where committee_id = ?").param(committeeId)
                .query((rs, n) -> new Template(rs.getString("filename"), rs.getBytes("content"))).optional();
    }

    public void saveTemplate(long committeeId, String filename, byte[] content, String by) {
        jdbc.sql("""
                insert into annual_template (committee_id, filename, content, uploaded_by) values (?, ?, ?, ?)
                on conflict (committee_id) do update set filename = excluded.filename, content = excluded.content,
                       uploaded_by = excluded.uploaded_by, uploaded_at = now()""").params(committeeId, filename, content, by).update();
    }

    public void removeTemplate(long committeeId) {
        jdbc.sql("delete from annual_template where committee_id = ?").param(committeeId).update();
    }
}
