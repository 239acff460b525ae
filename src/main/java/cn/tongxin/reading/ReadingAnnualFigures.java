package cn.tongxin.reading;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.report.AnnualFigureSource;
import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * 书香政协 in the annual account (ADR 023): reading notes and the members who posted them, by the day read, each count
 * beside the records it counts — the same conditions as {@link ReadingStatistics}.
 */
@Component
class ReadingAnnualFigures implements AnnualFigureSource {

    static final String PREFIX = "READING:";
    static final String NOTES = PREFIX + "NOTES";
    static final String READERS = PREFIX + "READERS";
    private static final String WHERE = " where n.committee_id = any(?) and n.status = 'PUBLISHED' and n.read_on >= ? and n.read_on <= ?";

    private final JdbcClient jdbc;

    ReadingAnnualFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Definition> definitions() {
        return List.of(
                new Definition(NOTES, "书香政协", "读书打卡（篇）", "期间内委员在读书群发布、未删除的读书打卡，按阅读日期"),
                new Definition(READERS, "书香政协", "参与读书打卡的委员（人）", "期间内至少有一篇读书打卡的委员人数"));
    }

    @Override
    public Map<String, Long> values(Collection<Long> committees, DateRange range) {
        Map<String, Long> values = new LinkedHashMap<>();
        jdbc.sql("select count(*) as notes, count(distinct n.member_id) as readers from reading_note n" + WHERE)
                .params(committees.toArray(Long[]::new), range.from(), range.to())
                .query((rs, n) -> {
                    values.put(NOTES, rs.getLong("notes"));
                    values.put(READERS, rs.getLong("readers"));
                    return null;
                }).list();
        return values;
    }

    @Override
    public Optional<PageResult<CountedRecord>> records(Collection<Long> committees, DateRange range, String key, PageQuery page) {
        Long[] ids = committees.toArray(Long[]::new);
        if (NOTES.equals(key)) {
            long total = jdbc.sql("select count(*) from reading_note n" + WHERE).params(ids, range.from(), range.to()).query(Long.class).single();
            var rows = jdbc.sql("select n.id, n.book, n.author_name, n.read_on, g.name as group_name from reading_note n"
                            + " join reading_group g on g.id = n.group_id" + WHERE + " order by n.read_on, n.id limit ? offset ?")
                    .params(ids, range.from(), range.to(), page.size(), page.offset())
                    .query((rs, n) -> new CountedRecord("第" + rs.getLong("id") + "号", "《" + rs.getString("book") + "》" + rs.getString("author_name"),
                            rs.getObject("read_on", LocalDate.class), rs.getString("group_name"), "/reading/notes/" + rs.getLong("id")))
                    .list();
            return Optional.of(new PageResult<>(rows, page.page(), page.size(), total));
        }
        if (READERS.equals(key)) {
            long total = jdbc.sql("select count(distinct n.member_id) from reading_note n" + WHERE).params(ids, range.from(), range.to())
                    .query(Long.class).single();
            var rows = jdbc.sql("select n.member_id, min(n.author_name) as name, count(*) as notes, max(n.read_on) as last_read_on"
                            + " from reading_note n" + WHERE + " group by n.member_id order by name, n.member_id limit ? offset ?")
                    .params(ids, range.from(), range.to(), page.size(), page.offset())
                    .query((rs, n) -> new CountedRecord(rs.getString("name"), "读书打卡 " + rs.getLong("notes") + " 篇",
                            rs.getObject("last_read_on", LocalDate.class), "委员", "/reading/members/" + rs.getLong("member_id")))
                    .list();
            return Optional.of(new PageResult<>(rows, page.page(), page.size(), total));
        }
        return Optional.empty();
    }
}
