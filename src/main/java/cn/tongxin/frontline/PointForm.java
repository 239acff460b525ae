package cn.tongxin.frontline;

import java.time.LocalDate;
import java.util.List;

/** A point as the office fills it in (page form and API body); {@code version} when editing. */
public record PointForm(String name, PointLevel level, String place, LocalDate establishedOn, List<Long> memberIds, Integer version) {

    public static PointForm empty() {
        return new PointForm("", null, "", null, List.of(), null);
    }
}
