package cn.tongxin.history.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.history.HistoryKind;
import cn.tongxin.shared.SubjectType;

/** The history module's own rows: one per import, and the subjects each import brought in. */
@Component
public class ImportRecords {

    private final JdbcClient jdbc;

    ImportRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** From here to the end of the transaction, the read-only triggers let this import write its rows. */
    public void openWriting() {
        jdbc.sql("select set_config('tongxin.history_import', 'on', true)").query().singleRow();
    }

    public void closeWriting() {
        jdbc.sql("select set_config('tongxin.history_import', '', true)").query().singleRow();
    }

    public long start(long committeeId, HistoryKind kind, String fileName, int records, Collection<Integer> years, String by,
                      Instant at) {
        return jdbc.sql("""
                insert into history_import (committee_id, kind, file_name, records, years, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(committeeId, kind.name(), fileName, records,
                        years.stream().map(String::valueOf).collect(Collectors.joining("、")), by, Timestamp.from(at))
                .query(Long.class).single();
    }

    public void subjects(long committeeId, long importId, SubjectType type, List<Long> ids) {
        Long[] present = ids.stream().filter(Objects::nonNull).toArray(Long[]::new);
        jdbc.sql("""
                insert into imported_subject (committee_id, subject_type, subject_id, import_id)
                select ?, ?, unnest(cast(? as bigint[])), ?""").params(committeeId, type.name(), present, importId).update();
    }

    public record Past(long id, HistoryKind kind, String fileName, int records, String years, String importedBy, Instant importedAt) {

        /** When, as the committee reads it. */
        public String when() {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(importedAt.atZone(java.time.ZoneId.of("Asia/Shanghai")));
        }
    }

    public List<Past> recent(long committeeId) {
        return jdbc.sql("select * from history_import where committee_id = ? order by imported_at desc, id desc limit 50")
                .param(committeeId)
                .query((rs, n) -> new Past(rs.getLong("id"), HistoryKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
                        rs.getInt("records"), rs.getString("years"), rs.getString("imported_by"),
                        rs.getTimestamp("imported_at").toInstant()))
                .list();
    }
}
