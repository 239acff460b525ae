package cn.tongxin.report;

import java.util.List;

import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.PageResult;

/**
 * A lower committee's counted records, read by its grant: each link opens the read-only page of that committee's record
 * ({@code ?committeeId=}, the pages the committee tree offers across committees); a record whose page opens only in its
 * own committee (an edited item, an output, a member) is listed without a link.
 */
final class GrantedLinks {

    /** The pages that open a lower committee's record read-only, by the start of their path. */
    private static final List<String> READ_ACROSS = List.of("/proposals/", "/opinions/", "/suggestions/", "/activities/");

    private GrantedLinks() {
    }

    static PageResult<CountedRecord> of(PageResult<CountedRecord> records, long committeeId) {
        return records.map(r -> of(r, committeeId));
    }

    static CountedRecord of(CountedRecord r, long committeeId) {
        return new CountedRecord(r.number(), r.title(), r.date(), r.status(), link(r.link(), committeeId));
    }

    static String link(String link, long committeeId) {
        if (link == null || link.contains("?")) {
            return null;
        }
        for (String prefix : READ_ACROSS) {
            String rest = link.startsWith(prefix) ? link.substring(prefix.length()) : null;
            if (rest != null && rest.matches("\\d+")) {
                return link + "?committeeId=" + committeeId;
            }
        }
        return null;
    }
}
