package cn.tongxin.history.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.tongxin.handling.HandlingMode;
import cn.tongxin.handling.PastCase;
import cn.tongxin.handling.Satisfaction;
import cn.tongxin.handling.UnitRole;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.proposal.PastProposal;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.XlsxRows;

/**
 * The past-proposals template and its rows: one proposal per row, its handling and the lead proposer's rating. A
 * collective proposal (集体提案) names its party, group, sector or special committee in 【集体提案名义】 and counts as
 * that party's or group's proposal (党派团体提案, by party), like a live one.
 */
public final class ProposalSheet {

    public enum Column implements SheetColumn {
        NUMBER("提案号", true, "原提案号，如“十三届二次会议第0123号”", "十三届二次会议第0123号"),
        TITLE("案由", true, "提案标题，200字以内", "关于加快老旧小区改造的建议"),
        PROPOSERS("提案人", false, "个人、联名提案必填：委员姓名，须在本会名册中；联名以“、”分隔，第一位为第一提案人。"
                + "集体提案可空，或填一位联系委员（有评价的须填，由其评价）", "张三、李四"),
        CATEGORY("类别", true, "提案分类的名称或代码", "社会建设"),
        SUBMITTED_ON("提交日期", true, "如 2019-01-10", "2019-01-10"),
        FILED("是否立案", true, "“是”或“否”", "是"),
        FILED_ON("立案日期", false, "立案的填写；默认同提交日期", "2019-01-20"),
        NOT_FILED_REASON("不予立案理由", false, "不予立案理由的名称或代码，可空", ""),
        KEY("是否重点提案", false, "“是”或“否”", "否"),
        MODE("办理方式", false, "单办、主办+会办或分办；已交办的填写", "单办"),
        UNITS("承办单位", false, "单办填一家；主办+会办填主办单位；分办填多家，以“、”分隔", "市住房和城乡建设局"),
        CO_UNITS("会办单位", false, "主办+会办时填写，以“、”分隔", ""),
        ASSIGNED_ON("交办日期", false, "默认同立案日期", "2019-02-15"),
        REPLY_CATEGORY("答复类别", false, "A、B、C、D；分办时可按承办单位顺序以“、”分隔", "A"),
        REPLIED_ON("答复日期", false, "交办的须填写", "2019-05-10"),
        ATTITUDE("办理态度评价", false, "满意、基本满意或不满意", "满意"),
        RESULT("办理结果评价", false, "满意、基本满意或不满意", "满意"),
        RATED_ON("评价日期", false, "有评价的须填写", "2019-05-20"),
        COLLECTIVE("集体提案名义", false, "以党派、人民团体、无党派人士、界别或专门委员会名义提出的集体提案填写其名称（须在本会组织机构中；"
                + "与党派同名的界别写作“界别：名称”）；个人、联名提案留空", "");

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

    /** The proposals of a checked sheet; its errors go to {@code errors} (then the result is not to be used). */
    public static List<PastProposal> read(Sheet sheet, Lookups lookups, Set<String> existingNumbers, LocalDate today,
                                          List<FieldErrors.FieldError> errors, Set<Integer> years) {
        List<PastProposal> result = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (XlsxRows.Row row : sheet.rows()) {
            var c = new RowCheck(sheet, row, errors, today);
            String number = c.text(Column.NUMBER, 60);
            if (number != null) {
                Integer first = numbers.putIfAbsent(number, row.number());
                if (first != null) {
                    c.fail(Column.NUMBER, "与第" + first + "行重复");
                } else if (existingNumbers.contains(number)) {
                    c.fail(Column.NUMBER, "“" + number + "”已在本会提案中（已导入或已录入），不能重复导入");
                }
            }
            String title = c.text(Column.TITLE, 200);
            Long collective = c.choice(Column.COLLECTIVE, lookups::collectiveUnit,
                    "本会的党派、人民团体、无党派人士、界别或专门委员会（请先在组织机构中添加）");
            List<Long> proposers = proposers(c, lookups, collective != null || c.has(Column.COLLECTIVE));
            String category = c.choice(Column.CATEGORY, v -> lookups.code(DictionaryKind.PROPOSAL_CATEGORY, v), "本会的提案分类");
            LocalDate submitted = c.date(Column.SUBMITTED_ON);
            Boolean filed = c.yesNo(Column.FILED);
            LocalDate filedOn = c.date(Column.FILED_ON);
            if (filedOn == null) {
                filedOn = submitted;
            }
            c.requireAfter(Column.FILED_ON, filedOn, Column.SUBMITTED_ON, submitted);
            String reason = c.choice(Column.NOT_FILED_REASON, v -> lookups.code(DictionaryKind.NOT_FILED_REASON, v), "本会的不予立案理由");
            Boolean key = c.yesNo(Column.KEY);
            PastCase handling = handling(c, lookups, filedOn, proposers, filed, collective != null);
            if (Boolean.FALSE.equals(filed) && Boolean.TRUE.equals(key)) {
                c.fail(Column.KEY, "未立案的提案不能列为重点提案");
            }
            if (c.failed()) {
                continue;
            }
            years.add(submitted.getYear());
            if (filed) {
                years.add(filedOn.getYear());
            }
            if (handling != null) {
                years.add(handling.assignedOn().getYear());
                years.add(handling.repliedOn().getYear());
                handling.ratings().forEach(r -> years.add(r.ratedOn().getYear()));
            }
            result.add(new PastProposal(number, title, proposers, category, submitted, filed, filed ? filedOn : null, reason,
                    Boolean.TRUE.equals(key), handling, collective));
        }
        return result;
    }

    private static PastCase handling(RowCheck c, Lookups lookups, LocalDate filedOn, List<Long> proposers, Boolean filed,
                                     boolean collective) {
        HandlingMode mode = c.choice(Column.MODE, v -> Arrays.stream(HandlingMode.values())
                .filter(m -> m.label().equals(v) || m.label().replace("+", "").equals(v) || (m == HandlingMode.LEAD_WITH_CO && v.equals("主办")))
                .findFirst(), "单办、主办+会办或分办");
        List<Long> units = units(c, Column.UNITS, lookups);
        List<Long> coUnits = units(c, Column.CO_UNITS, lookups);
        List<String> categories = c.list(Column.REPLY_CATEGORY).stream()
                .map(v -> lookups.code(DictionaryKind.REPLY_CATEGORY, v).orElseGet(() -> {
                    c.fail(Column.REPLY_CATEGORY, "“" + v + "”无效，应为本会的答复类别（如 A、B、C、D）");
                    return null;
                })).toList();
        LocalDate assigned = c.date(Column.ASSIGNED_ON);
        LocalDate replied = c.date(Column.REPLIED_ON);
        Satisfaction attitude = c.choice(Column.ATTITUDE, ProposalSheet::satisfaction, "满意、基本满意或不满意");
        Satisfaction result = c.choice(Column.RESULT, ProposalSheet::satisfaction, "满意、基本满意或不满意");
        LocalDate rated = c.date(Column.RATED_ON);
        if (mode == null) {
            if (!units.isEmpty() || !coUnits.isEmpty() || !categories.isEmpty() || replied != null || attitude != null || result != null) {
                c.fail(Column.MODE, "填写了承办单位、答复或评价的，须填写办理方式");
            }
            return null;
        }
        if (!Boolean.TRUE.equals(filed)) {
            if (Boolean.FALSE.equals(filed)) {
                c.fail(Column.MODE, "未立案的提案不能有交办、答复或评价");
            }
            return null;
        }
        assigned = assigned == null ? filedOn : assigned;
        c.requireAfter(Column.ASSIGNED_ON, assigned, Column.FILED_ON, filedOn);
        c.requireAfter(Column.REPLIED_ON, replied, Column.ASSIGNED_ON, assigned);
        c.requireAfter(Column.RATED_ON, rated, Column.REPLIED_ON, replied);
        switch (mode) {
            case SOLE -> {
                if (units.size() != 1 || !coUnits.isEmpty()) {
                    c.fail(Column.UNITS, "单办须填写一家承办单位，且不填会办单位");
                }
            }
            case LEAD_WITH_CO -> {
                if (units.size() != 1 || coUnits.isEmpty()) {
                    c.fail(Column.CO_UNITS, "主办+会办须填写一家主办单位和至少一家会办单位");
                }
            }
            case SPLIT -> {
                if (units.size() < 2 || !coUnits.isEmpty()) {
                    c.fail(Column.UNITS, "分办须填写至少两家承办单位，且不填会办单位");
                }
            }
        }
        if (units.stream().anyMatch(coUnits::contains)) {
            c.fail(Column.CO_UNITS, "同一单位不能既承办又会办");
        }
        if (replied == null) {
            c.fail(Column.REPLIED_ON, "历史提案交办的须已答复，请填写答复日期");
        }
        if (categories.isEmpty()) {
            c.fail(Column.REPLY_CATEGORY, "交办的须填写答复类别");
        } else if (categories.size() != 1 && categories.size() != units.size()) {
            c.fail(Column.REPLY_CATEGORY, "应填写一个类别，或按承办单位顺序各填一个");
        }
        if ((attitude == null) != (result == null) || (attitude != null && rated == null)) {
            c.fail(Column.RATED_ON, "评价须同时填写办理态度、办理结果和评价日期");
        }
        if (collective && attitude != null && proposers.isEmpty()) {
            c.fail(Column.PROPOSERS, "集体提案有评价的，须填写作出评价的联系委员");
        }
        if (c.failed()) {
            return null;
        }
        UnitRole role = switch (mode) {
            case SOLE -> UnitRole.SOLE;
            case LEAD_WITH_CO -> UnitRole.LEAD;
            case SPLIT -> UnitRole.SPLIT;
        };
        List<PastCase.Unit> all = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            all.add(new PastCase.Unit(units.get(i), role, categories.size() == 1 ? categories.getFirst() : categories.get(i)));
        }
        coUnits.forEach(u -> all.add(new PastCase.Unit(u, UnitRole.CO, null)));
        List<PastCase.Rating> ratings = attitude == null ? List.of()
                : List.of(new PastCase.Rating(proposers.getFirst(), attitude, result, rated));
        return new PastCase(mode, assigned, all, replied, ratings, new java.util.LinkedHashSet<>(proposers));
    }

    /**
     * The proposers: required for an individual or joint proposal; for a collective one (named in 【集体提案名义】)
     * none, or one contact member.
     */
    private static List<Long> proposers(RowCheck c, Lookups lookups, boolean collective) {
        List<String> names = c.list(Column.PROPOSERS);
        if (!collective && names.isEmpty()) {
            c.fail(Column.PROPOSERS, "不能为空（集体提案请填写【集体提案名义】）");
        } else if (collective && names.size() > 1) {
            c.fail(Column.PROPOSERS, "集体提案以其名义提出，最多填写一位联系委员");
        }
        return c.members(Column.PROPOSERS, names, lookups);
    }

    private static List<Long> units(RowCheck c, Column column, Lookups lookups) {
        List<Long> ids = new ArrayList<>();
        for (String name : c.list(column)) {
            lookups.unit(name).ifPresentOrElse(ids::add, () -> c.fail(column, "“" + name + "”不是本会的承办单位，请先在承办单位中添加"));
        }
        return ids;
    }

    private static Optional<Satisfaction> satisfaction(String v) {
        return Arrays.stream(Satisfaction.values()).filter(s -> s.label().equals(v)).findFirst();
    }
}
