package cn.tongxin.suggestion;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.suggestion.internal.SuggestionFactRows;

/**
 * The micro-suggestion facts of a year as they stand now (提交, 受理, 不予受理), for rebuilding a member's
 * performance record; a withdrawn suggestion leaves none. Each counts in the year of its own day (Asia/Shanghai).
 * Internal: no permission check, the caller has made its own.
 */
@Service
@Transactional(readOnly = true)
public class SuggestionFacts {

    private final SuggestionFactRows rows;

    SuggestionFacts(SuggestionFactRows rows) {
        this.rows = rows;
    }

    public List<Object> replay(long committeeId, int year) {
        return rows.replay(committeeId, year);
    }
}
