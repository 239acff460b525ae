package cn.tongxin.opinion.internal;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.outcome.AdoptionLevel;

/** 报送 records of an item: once per level. */
@Component
public class ItemForwards {

    private final JdbcClient jdbc;

    ItemForwards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the item was already forwarded to that level. */
    public boolean add(long itemId, AdoptionLevel level, LocalDate on, String note, String recordedBy) {
        return jdbc.sql("""
                insert into opinion_forward (item_id, level, forwarded_on, note, recorded_by) values (?, ?, ?, ?, ?)
                on conflict (item_id, level) do nothing""")
                .params(itemId, level.name(), on, note, recordedBy).update() > 0;
    }
}
