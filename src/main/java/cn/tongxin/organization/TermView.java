package cn.tongxin.organization;

import java.time.LocalDate;

public record TermView(long id, int number, String name, LocalDate startDate, LocalDate endDate, boolean current,
                       int version) {
}
