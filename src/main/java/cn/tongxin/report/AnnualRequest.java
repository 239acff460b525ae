package cn.tongxin.report;

import java.time.LocalDate;

/**
 * What the page or API asks for: a year, or from/to; {@code committeeId} a committee of the user's subtree (default
 * the user's own); {@code scope} {@code own} (default) or {@code system} (with every committee below it).
 */
public record AnnualRequest(Integer year, LocalDate from, LocalDate to, Long committeeId, String scope) {

    public static AnnualRequest ofYear(int year) {
        return new AnnualRequest(year, null, null, null, null);
    }
}
