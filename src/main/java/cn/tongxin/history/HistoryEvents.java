package cn.tongxin.history;

import java.util.Set;

/** Facts of history imports, for the modules that count records by year (statistics, performance records). */
public final class HistoryEvents {

    private HistoryEvents() {
    }

    /** Past records of a kind came in; {@code years} are the years any of their dates fall in. */
    public record Imported(long committeeId, long importId, HistoryKind kind, Set<Integer> years, int records) {
    }
}
