package cn.tongxin.history;

import java.util.List;

/** An import that succeeded: every row was brought in. */
public record HistoryImportResult(long importId, HistoryKind kind, int records, List<Integer> years, long millis) {
}
