package cn.tongxin.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * Figures a module adds to the annual account when the report module may not depend on it (the module depends on
 * report, e.g. for the published figures): the module implements this as a bean; the account lists its lines after
 * the people-side figures, counts them live for the period (this year's and last year's) and opens their records.
 * Keys carry the source's own prefix; values and records must count the same rows.
 */
public interface AnnualFigureSource {

    /** One line: its key, the area and label shown, and its definition (口径). */
    record Definition(String key, String area, String label, String definition) {
    }

    List<Definition> definitions();

    /** Every key's value for the committees in the period. */
    Map<String, Long> values(Collection<Long> committees, DateRange range);

    /** The records behind a key; empty if the key is not this source's. */
    Optional<PageResult<CountedRecord>> records(Collection<Long> committees, DateRange range, String key, PageQuery page);
}
