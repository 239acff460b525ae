package cn.tongxin.history.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.XlsxRows;

/** Reads the cells of one row and collects its errors as “第N行【列】…”. */
final class RowCheck {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyyMMdd"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final Sheet sheet;
    private final XlsxRows.Row row;
    private final List<FieldErrors.FieldError> errors;
    private final LocalDate today;
    private boolean failed;

    RowCheck(Sheet sheet, XlsxRows.Row row, List<FieldErrors.FieldError> errors, LocalDate today) {
        this.sheet = sheet;
        this.row = row;
        this.errors = errors;
        this.today = today;
    }

    String text(SheetColumn column, int max) {
        String value = sheet.get(row, column);
        if (value == null && column.required()) {
            fail(column, "不能为空");
        } else if (value != null && value.length() > max) {
            fail(column, "不能超过" + max + "个字");
        }
        return value;
    }

    /** Whether the cell is filled (whatever its value). */
    boolean has(SheetColumn column) {
        return sheet.get(row, column) != null;
    }

    /** A day not in the future; null when blank (an error when the column is required). */
    LocalDate date(SheetColumn column) {
        String value = text(column, 30);
        if (value == null) {
            return null;
        }
        LocalDate day = parseDate(value);
        if (day == null) {
            fail(column, "“" + value + "”不是日期，应为如 2019-03-05");
        } else if (day.isAfter(today)) {
            fail(column, "不能晚于今天");
            return null;
        }
        return day;
    }

    <T> T choice(SheetColumn column, Function<String, Optional<T>> parse, String allowed) {
        String value = text(column, 100);
        if (value == null) {
            return null;
        }
        Optional<T> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            fail(column, "“" + value + "”无效，应为" + allowed);
        }
        return parsed.orElse(null);
    }

    Boolean yesNo(SheetColumn column) {
        return choice(column, v -> switch (v) {
            case "是", "Y", "y" -> Optional.of(true);
            case "否", "N", "n" -> Optional.of(false);
            default -> Optional.empty();
        }, "“是”或“否”");
    }

    /** The cell's values separated by 、，, ; or spaces, without repeats. */
    List<String> list(SheetColumn column) {
        String value = text(column, 2000);
        if (value == null) {
            return List.of();
        }
        Set<String> parts = new LinkedHashSet<>(Arrays.stream(value.split("[、，,；;\\s]+")).filter(s -> !s.isBlank()).toList());
        return new ArrayList<>(parts);
    }

    /** Members of this committee by name, in the order given. */
    List<Long> members(SheetColumn column, Lookups lookups) {
        return members(column, list(column), lookups);
    }

    /** Members of this committee by the names already read from the column. */
    List<Long> members(SheetColumn column, List<String> names, Lookups lookups) {
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            List<Long> found = lookups.members(name);
            if (found.isEmpty()) {
                fail(column, "“" + name + "”不是本会委员名册中的委员，请先导入名册");
            } else if (found.size() > 1) {
                fail(column, "“" + name + "”在名册中有" + found.size() + "人重名，无法确定是哪一位");
            } else {
                ids.add(found.getFirst());
            }
        }
        return ids;
    }

    void requireAfter(SheetColumn column, LocalDate day, SheetColumn earlierColumn, LocalDate earlier) {
        if (day != null && earlier != null && day.isBefore(earlier)) {
            fail(column, "不能早于【" + earlierColumn.header() + "】");
        }
    }

    void fail(SheetColumn column, String problem) {
        failed = true;
        String where = "第" + row.number() + "行【" + column.header() + "】";
        errors.add(new FieldErrors.FieldError(where, where + problem));
    }

    boolean failed() {
        return failed;
    }

    static LocalDate parseDate(String value) {
        String v = value.strip();
        if (v.matches("\\d{5}(\\.0+)?")) {
            return EXCEL_EPOCH.plusDays(Long.parseLong(v.replaceAll("\\..*", "")));
        }
        if (v.length() > 10 && v.charAt(10) == ' ') {
            v = v.substring(0, 10);
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(v, format);
            } catch (DateTimeParseException next) {
                // try the next format
            }
        }
        return null;
    }
}
