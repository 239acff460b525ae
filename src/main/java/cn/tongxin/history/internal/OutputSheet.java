package cn.tongxin.history.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.tongxin.activity.OutputKind;
import cn.tongxin.activity.PastOutput;
import cn.tongxin.activity.PastOutputs;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.XlsxRows;

/** The past outputs template and its rows: one output per row, under an activity of the committee found by title. */
public final class OutputSheet {

    public enum Column implements SheetColumn {
        TITLE("成果名称", true, "200字以内", "关于乡村振兴的调研报告"),
        KIND("成果类型", true, "调研报告、视察报告、建议案、协商成果、监督意见书、口头发言或书面发言", "调研报告"),
        ACTIVITY("所属活动", true, "本会已有（或已导入）的活动名称", "关于乡村振兴的专题调研"),
        HELD_ON("活动日期", false, "同名活动有多个时填写其开始日期", "2019-06-12"),
        AUTHORS("作者", false, "委员姓名，以“、”分隔", "张三、李四"),
        MADE_ON("成果日期", false, "默认同活动日期", "2019-07-01"),
        ADOPTION_LEVELS("采用层级", false, "市政协、市委市政府、省政协、全国政协，多个以“、”分隔", "市委市政府"),
        ADOPTED_ON("采用日期", false, "有采用的须填写", "2019-08-01"),
        INSTRUCTION_LEADER("批示领导", false, "有批示的填写", "李书记"),
        INSTRUCTION_LEVEL("批示层级", false, "市领导、省领导或中央领导", "市领导"),
        INSTRUCTED_ON("批示日期", false, "有批示的须填写", "2019-08-05"),
        INSTRUCTION_TEXT("批示内容", false, "有批示的须填写", "请农业农村局研究");

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

    public static List<PastOutput> read(Sheet sheet, Lookups lookups, List<PastOutputs.Held> activities, Set<String> existing,
                                        LocalDate today,
                                        List<FieldErrors.FieldError> errors, Set<Integer> years) {
        List<PastOutput> result = new ArrayList<>();
        for (XlsxRows.Row row : sheet.rows()) {
            var c = new RowCheck(sheet, row, errors, today);
            String title = c.text(Column.TITLE, 200);
            OutputKind kind = c.choice(Column.KIND, v -> Arrays.stream(OutputKind.values()).filter(k -> k.label().equals(v)).findFirst(),
                    "调研报告、视察报告、建议案、协商成果、监督意见书、口头发言或书面发言");
            String activityTitle = c.text(Column.ACTIVITY, 200);
            LocalDate heldOn = c.date(Column.HELD_ON);
            PastOutputs.Held activity = null;
            if (activityTitle != null) {
                List<PastOutputs.Held> found = activities.stream().filter(a -> a.title().equals(activityTitle))
                        .filter(a -> heldOn == null || a.heldOn().equals(heldOn)).toList();
                if (found.isEmpty()) {
                    c.fail(Column.ACTIVITY, "“" + activityTitle + "”" + (heldOn == null ? "" : "（" + heldOn + "）")
                            + "不是本会的活动，请先导入历史活动");
                } else if (found.size() > 1) {
                    c.fail(Column.HELD_ON, "同名活动有" + found.size() + "个，请填写活动日期");
                } else {
                    activity = found.getFirst();
                }
            }
            if (activity != null && title != null && !existing.add(activity.id() + "|" + title)) {
                c.fail(Column.TITLE, "该活动下已有（或本文件中）同名成果，不能重复导入");
            }
            List<Long> authors = c.members(Column.AUTHORS, lookups);
            LocalDate made = c.date(Column.MADE_ON);
            LocalDate start = activity == null ? null : activity.heldOn();
            c.requireAfter(Column.MADE_ON, made, Column.HELD_ON, start);
            var outcomes = OutcomeCells.read(c, List.of(Column.ADOPTION_LEVELS, Column.ADOPTED_ON, Column.INSTRUCTION_LEADER,
                    Column.INSTRUCTION_LEVEL, Column.INSTRUCTED_ON, Column.INSTRUCTION_TEXT), Column.HELD_ON, start);
            if (c.failed()) {
                continue;
            }
            LocalDate day = made == null ? start : made;
            years.add(start.getYear());
            years.add(day.getYear());
            outcomes.days().forEach(d -> years.add(d.getYear()));
            result.add(new PastOutput(activity.id(), kind, title, authors, day,
                    outcomes.adoptions().stream().map(a -> new PastOutput.Adoption(a.level(), a.on())).toList(),
                    outcomes.instructions().stream().map(i -> new PastOutput.Instruction(i.leader(), i.level(), i.on(), i.text())).toList()));
        }
        return result;
    }
}
