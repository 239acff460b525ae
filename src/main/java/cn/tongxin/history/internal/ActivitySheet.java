package cn.tongxin.history.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.tongxin.activity.ActivityType;
import cn.tongxin.activity.PastActivity;
import cn.tongxin.activity.PastOutputs;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.XlsxRows;

/** The past activities template and its rows: one activity per row with its attendance by member name. */
public final class ActivitySheet {

    public enum Column implements SheetColumn {
        TITLE("活动名称", true, "200字以内", "关于乡村振兴的专题调研"),
        TYPE("活动类型", true, "如全体会议、常委会议、专题协商、调研、视察、培训等", "调研"),
        STARTS_ON("开始日期", true, "如 2019-06-12", "2019-06-12"),
        ENDS_ON("结束日期", false, "默认同开始日期", "2019-06-13"),
        PLACE("地点", false, "200字以内", "西山县"),
        ORGANISER("组织单位", false, "默认“机关”", "农业和农村委员会"),
        PRESENT("出席委员", false, "委员姓名，以“、”分隔", "张三、李四"),
        EXCUSED("请假委员", false, "委员姓名，以“、”分隔", "王五"),
        ABSENT("缺席委员", false, "委员姓名，以“、”分隔", "");

        private final String header;
        private final boolean required;
        private final String help;
        private final String example;

        Column(String header, boolean required, String help, String example) {
            this.header = header;
            this.required = required;
            this.help = help;
            this.example = example;
        }

        @Override
        public String header() {
            return header;
        }

        @Override
        public boolean required() {
            return required;
        }

        @Override
        public String help() {
            return help;
        }

        @Override
        public String example() {
            return example;
        }
    }

    public static List<Column> columns() {
        return Arrays.asList(Column.values());
    }

    public static List<PastActivity> read(Sheet sheet, Lookups lookups, List<PastOutputs.Held> held, LocalDate today,
                                          List<FieldErrors.FieldError> errors, Set<Integer> years) {
        Set<String> existing = new HashSet<>(held.stream().map(h -> h.title() + "|" + h.heldOn()).toList());
        List<PastActivity> result = new ArrayList<>();
        for (XlsxRows.Row row : sheet.rows()) {
            var c = new RowCheck(sheet, row, errors, today);
            String title = c.text(Column.TITLE, 200);
            ActivityType type = c.choice(Column.TYPE, v -> Arrays.stream(ActivityType.values()).filter(t -> t.label().equals(v)).findFirst(),
                    "活动类型之一，如全体会议、调研、视察");
            LocalDate starts = c.date(Column.STARTS_ON);
            LocalDate ends = c.date(Column.ENDS_ON);
            c.requireAfter(Column.ENDS_ON, ends, Column.STARTS_ON, starts);
            if (title != null && starts != null && !existing.add(title + "|" + starts)) {
                c.fail(Column.TITLE, "与本会已有（或本文件中）同名称、同开始日期的活动重复，不能重复导入");
            }
            String place = c.text(Column.PLACE, 200);
            String organiser = c.text(Column.ORGANISER, 100);
            List<Long> present = c.members(Column.PRESENT, lookups);
            List<Long> excused = c.members(Column.EXCUSED, lookups);
            List<Long> absent = c.members(Column.ABSENT, lookups);
            Set<Long> seen = new HashSet<>(present);
            if (excused.stream().anyMatch(m -> !seen.add(m))) {
                c.fail(Column.EXCUSED, "有委员同时列为出席和请假");
            }
            if (absent.stream().anyMatch(m -> !seen.add(m))) {
                c.fail(Column.ABSENT, "有委员已列为出席或请假");
            }
            if (c.failed()) {
                continue;
            }
            years.add(starts.getYear());
            result.add(new PastActivity(title, type, starts, ends, place, organiser, present, excused, absent));
        }
        return result;
    }
}
