package cn.tongxin.history.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.tongxin.opinion.PastReport;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.XlsxRows;

/** The past public-opinion reports template and its rows: one report per row, its issue, adoptions and instruction. */
public final class ReportSheet {

    public enum Column implements SheetColumn {
        TITLE("标题", true, "200字以内", "关于规范校外培训收费的建议"),
        AUTHORS("作者", true, "委员姓名，须在本会名册中；多人以“、”分隔", "张三"),
        CATEGORY("类别", true, "分类的名称或代码", "社会建设"),
        SUBMITTED_ON("报送日期", true, "委员报送的日期，如 2019-03-05", "2019-03-05"),
        BULLETIN_NUMBER("编发期号", false, "已编发的填写《社情民意》当年的期号", "5"),
        ISSUED_ON("编发日期", false, "已编发的填写", "2019-03-20"),
        ADOPTION_LEVELS("采用层级", false, "市政协、市委市政府、省政协、全国政协，多个以“、”分隔", "省政协"),
        ADOPTED_ON("采用日期", false, "有采用的须填写", "2019-04-10"),
        INSTRUCTION_LEADER("批示领导", false, "有批示的填写", "王市长"),
        INSTRUCTION_LEVEL("批示层级", false, "市领导、省领导或中央领导", "市领导"),
        INSTRUCTED_ON("批示日期", false, "有批示的须填写", "2019-04-15"),
        INSTRUCTION_TEXT("批示内容", false, "有批示的须填写", "请教育局研究落实");

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

    public static List<PastReport> read(Sheet sheet, Lookups lookups, Set<String> existing, LocalDate today,
                                        List<FieldErrors.FieldError> errors, Set<Integer> years) {
        List<PastReport> result = new ArrayList<>();
        for (XlsxRows.Row row : sheet.rows()) {
            var c = new RowCheck(sheet, row, errors, today);
            String title = c.text(Column.TITLE, 200);
            List<String> names = c.list(Column.AUTHORS);
            List<Long> authors = c.members(Column.AUTHORS, names, lookups);
            String category = c.choice(Column.CATEGORY, v -> lookups.code(DictionaryKind.PROPOSAL_CATEGORY, v), "本会的分类");
            LocalDate submitted = c.date(Column.SUBMITTED_ON);
            if (title != null && submitted != null && !existing.add(title + "|" + submitted)) {
                c.fail(Column.TITLE, "与本会已有（或本文件中）同标题、同报送日期的信息重复，不能重复导入");
            }
            Integer number = c.choice(Column.BULLETIN_NUMBER, v -> v.matches("\\d{1,4}(\\.0+)?")
                    ? java.util.Optional.of(Integer.parseInt(v.replaceAll("\\..*", ""))).filter(n -> n > 0) : java.util.Optional.empty(),
                    "正整数");
            LocalDate issued = c.date(Column.ISSUED_ON);
            if ((number == null) != (issued == null) && !c.failed()) {
                c.fail(number == null ? Column.BULLETIN_NUMBER : Column.ISSUED_ON, "编发期号与编发日期须同时填写");
            }
            c.requireAfter(Column.ISSUED_ON, issued, Column.SUBMITTED_ON, submitted);
            var outcomes = OutcomeCells.read(c, List.of(Column.ADOPTION_LEVELS, Column.ADOPTED_ON, Column.INSTRUCTION_LEADER,
                    Column.INSTRUCTION_LEVEL, Column.INSTRUCTED_ON, Column.INSTRUCTION_TEXT), Column.SUBMITTED_ON, submitted);
            if (c.failed()) {
                continue;
            }
            years.add(submitted.getYear());
            if (issued != null) {
                years.add(issued.getYear());
            }
            outcomes.days().forEach(d -> years.add(d.getYear()));
            List<PastReport.Author> list = new ArrayList<>();
            for (int i = 0; i < authors.size(); i++) {
                list.add(new PastReport.Author(authors.get(i), names.get(i)));
            }
            result.add(new PastReport(title, list, category, submitted, number, issued,
                    outcomes.adoptions().stream().map(a -> new PastReport.Adoption(a.level(), a.on())).toList(),
                    outcomes.instructions().stream().map(i -> new PastReport.Instruction(i.leader(), i.level(), i.on(), i.text())).toList()));
        }
        return result;
    }
}
