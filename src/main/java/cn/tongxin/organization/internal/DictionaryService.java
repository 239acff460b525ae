package cn.tongxin.organization.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;

@Service
@Transactional(readOnly = true)
class DictionaryService implements Dictionaries {

    private final JdbcClient jdbc;
    private final CommitteeCache cache;

    DictionaryService(JdbcClient jdbc, CommitteeCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    @Override
    public List<DictionaryKind.Entry> entries(long committeeId, DictionaryKind kind) {
        return cache.get(committeeId, "dictionary:" + kind.name(), () -> load(committeeId, kind));
    }

    private List<DictionaryKind.Entry> load(long committeeId, DictionaryKind kind) {
        List<DictionaryKind.Entry> own = jdbc.sql("""
                select code, label from dictionary_entry where committee_id = ? and dictionary = ? and active
                 order by sort_order, id""")
                .params(committeeId, kind.name())
                .query((rs, n) -> new DictionaryKind.Entry(rs.getString("code"), rs.getString("label"))).list();
        return own.isEmpty() ? kind.defaults() : List.copyOf(own);
    }
}
