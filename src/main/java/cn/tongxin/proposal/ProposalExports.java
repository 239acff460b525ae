package cn.tongxin.proposal;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.handling.CaseSheet;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.shared.Spreadsheets;
import cn.tongxin.shared.PageQuery;

/** .xlsx exports of the proposal list (the current filters) and of the statistics. */
@Service
public class ProposalExports {

    private static final List<String> LIST_HEADERS = List.of("编号", "案由", "提案人", "类型", "分类", "会议", "大会/平时", "状态",
            "重点", "优秀", "交办方式", "主办（单办）单位", "会办单位", "分办单位", "提交日期", "立案日期", "交办日期", "答复日期",
            "答复类别", "办理态度评价", "办理结果评价");

    private final ProposalQueries queries;
    private final ProposalStatistics statistics;
    private final CaseSheet cases;
    private final CurrentUsers currentUsers;
    private final Dictionaries dictionaries;
    private final Clock clock;

    ProposalExports(ProposalQueries queries, ProposalStatistics statistics, CaseSheet cases, CurrentUsers currentUsers,
                    Dictionaries dictionaries, Clock clock) {
        this.queries = queries;
        this.statistics = statistics;
        this.cases = cases;
        this.currentUsers = currentUsers;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    /** The list as filtered, with the columns an office hands over: units by role, the dates of each step, replies, ratings. */
    public byte[] list(ProposalCriteria criteria) {
        long committee = currentUsers.get().committeeId();
        Map<String, String> replyCategories = new HashMap<>();
        dictionaries.entries(committee, DictionaryKind.REPLY_CATEGORY).forEach(e -> replyCategories.put(e.code(), e.label()));
        var page = queries.list(criteria, new PageQuery(1, PageQuery.MAX_SIZE));
        List<List<Object>> rows = new ArrayList<>();
        int p = 1;
        while (true) {
            Map<Long, CaseSheet.Row> handled = cases.of(committee, ProposalAccess.SUBJECT,
                    page.items().stream().map(ProposalSummary::id).toList());
            for (ProposalSummary s : page.items()) {
                CaseSheet.Row c = handled.get(s.id());
                List<Object> row = new ArrayList<>(Arrays.asList(s.numberText(), s.title(), s.proposers(), s.kind().label(),
                        s.categoryLabel(), s.sessionName(), s.sessionProposal() ? "大会提案" : "平时提案", s.status().label(),
                        s.keyProposal() ? "是" : "", s.outstanding() ? "是" : ""));
                row.addAll(c == null ? Arrays.asList("", "", "", "") : Arrays.asList(c.mode().label(), joined(c.leadUnits()),
                        joined(c.coUnits()), joined(c.splitUnits())));
                row.addAll(Arrays.asList(day(s.submittedAt()), day(s.filedAt()), c == null ? null : day(c.assignedAt()),
                        c == null ? null : day(c.repliedAt())));
                row.addAll(c == null ? Arrays.asList("", "", "") : Arrays.asList(
                        joined(c.categories().stream().map(k -> replyCategories.getOrDefault(k, k)).distinct().toList()),
                        c.attitude(), c.result()));
                rows.add(row);
            }
            if (!page.hasNext() || rows.size() >= 20_000) {
                break;
            }
            page = queries.list(criteria, new PageQuery(++p, PageQuery.MAX_SIZE));
        }
        return write(List.of(new Sheet("提案", LIST_HEADERS, rows)));
    }

    private LocalDate day(Instant at) {
        return at == null ? null : at.atZone(clock.getZone()).toLocalDate();
    }

    private static String joined(List<String> names) {
        return String.join("、", names);
    }

    public byte[] statistics(ProposalStatistics.Period period, Long committeeId) {
        var report = statistics.report(period, committeeId);
        List<List<Object>> figures = new ArrayList<>();
        report.counts().forEach(f -> figures.add(Arrays.asList(f.label(), f.value(), f.definition())));
        report.rates().forEach(r -> figures.add(Arrays.asList(r.label(), r.percent() + "（" + r.numerator() + " ÷ " + r.denominator() + "）", r.definition())));
        var h = report.handling();
        figures.add(Arrays.asList("办复", h.replied(), "全部应答复单位均已答复的立案提案"));
        figures.add(Arrays.asList("未评价", h.unrated(), "已办复、提案人在最后一轮未评价的人次"));
        h.categories().forEach((k, v) -> figures.add(Arrays.asList("答复类别 " + k, v, report.replyCategoryLabels().getOrDefault(k, ""))));
        List<List<Object>> breakdown = new ArrayList<>();
        report.breakdowns().forEach(b -> b.rows().forEach(r -> breakdown.add(Arrays.asList(b.label(), r.label(), r.value()))));
        List<List<Object>> units = new ArrayList<>();
        h.units().forEach(u -> units.add(Arrays.asList(u.unitName(), u.assigned(), u.acknowledged(), u.replied(), u.onTime(),
                u.overdue(), u.rated(), u.satisfiedOrBasically())));
        return write(List.of(
                new Sheet("统计", List.of("指标", "数值", "口径"), figures),
                new Sheet("分类统计", List.of("分组", "项目", "件数"), breakdown),
                new Sheet("承办单位", List.of("承办单位", "交办", "签收", "答复", "按期答复", "超期", "评价人次", "满意和基本满意人次"), units)));
    }

    private record Sheet(String name, List<String> headers, List<List<Object>> rows) {
    }

    private static byte[] write(List<Sheet> sheets) {
        var out = new ByteArrayOutputStream();
        try (ExcelWriter writer = Spreadsheets.write(out).build()) {
            for (int i = 0; i < sheets.size(); i++) {
                Sheet s = sheets.get(i);
                WriteSheet sheet = FastExcel.writerSheet(i, s.name()).head(s.headers().stream().map(List::of).toList()).build();
                writer.write(s.rows(), sheet);
            }
        }
        return out.toByteArray();
    }
}
