package cn.tongxin.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.data.Charts;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;

import cn.tongxin.activity.ActivityType;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.report.AnnualAccount.Line;
import cn.tongxin.report.internal.AnnualScope;
import cn.tongxin.report.internal.AnnualSnapshots;
import cn.tongxin.report.internal.AnnualValues;
import cn.tongxin.report.internal.BundledTemplate;
import cn.tongxin.report.internal.FigureKeys;
import cn.tongxin.rollup.Figure;
import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.PageQuery;

/**
 * The annual report as a Word document: the figure tables of the page, two native Word charts, the key proposals and
 * the adopted opinion items, from the committee's own template when it has uploaded one, else the bundled one.
 */
@Service
@Transactional
public class AnnualDocuments {

    static final List<String> TABLES = List.of("figures", "rates", "categories", "keyProposals", "adoptedReports");
    private static final Configure CONFIGURE;

    static {
        var builder = Configure.builder();
        TABLES.forEach(t -> builder.bind(t, new LoopRowTableRenderPolicy()));
        CONFIGURE = builder.build();
    }

    /** The figures of the bar chart, by key: the headline figures and the trainings held (举办培训班). */
    private static final List<String> CHARTED = List.of(Figure.PROPOSALS_RECEIVED.name(), Figure.PROPOSALS_FILED.name(),
            Figure.PROPOSALS_REPLIED.name(), Figure.SUGGESTIONS_RECEIVED.name(), Figure.OPINIONS_RECEIVED.name(),
            Figure.OPINIONS_ISSUED.name(), Figure.ACTIVITIES_HELD.name(), FigureKeys.ACTIVITY_TYPE + ActivityType.TRAINING.name());

    private final AnnualScope scopes;
    private final AnnualAccounts accounts;
    private final AnnualValues values;
    private final AnnualSnapshots snapshots;

    AnnualDocuments(AnnualScope scopes, AnnualAccounts accounts, AnnualValues values, AnnualSnapshots snapshots) {
        this.scopes = scopes;
        this.accounts = accounts;
        this.values = values;
        this.snapshots = snapshots;
    }

    public record Document(String filename, byte[] content) {
    }

    public Document docx(AnnualRequest request) {
        var r = scopes.resolve(request);
        AnnualAccount account = accounts.build(r);
        List<CountedRecord> key = List.of();
        List<CountedRecord> adopted = new ArrayList<>();
        if (r.readsRecords()) {
            key = values.records(r.ids(), r.range(), Figure.PROPOSALS_KEY.name(), new PageQuery(1, PageQuery.MAX_SIZE)).items();
            for (AdoptionLevel level : AdoptionLevel.values()) {
                adopted.addAll(values.records(r.ids(), r.range(), Figure.adopted(level).name(), new PageQuery(1, PageQuery.MAX_SIZE)).items());
            }
        }
        byte[] template = snapshots.template(r.user().committeeId()).map(AnnualSnapshots.Template::content).orElseGet(BundledTemplate::bytes);
        String name = (account.year() != null ? account.year() + "年度" : account.from() + "至" + account.to()) + "工作报告数字-"
                + account.committeeName() + ".docx";
        return new Document(name, render(template, data(account, key, adopted)));
    }

    /** The bundled template, for a committee to restyle in Word and upload as its own. */
    public Document bundledTemplate() {
        return new Document("年度工作报告数字模板.docx", BundledTemplate.bytes());
    }

    static byte[] render(byte[] template, Map<String, Object> data) {
        try (InputStream in = new ByteArrayInputStream(template);
             XWPFTemplate t = XWPFTemplate.compile(in, CONFIGURE).render(data);
             var out = new ByteArrayOutputStream()) {
            t.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template's tags and their values. */
    static Map<String, Object> data(AnnualAccount a, List<CountedRecord> keyProposals, List<CountedRecord> adopted) {
        Map<String, Object> data = new LinkedHashMap<>();
        String period = a.year() != null ? a.year() + "年度" : a.from() + " 至 " + a.to();
        data.put("title", a.committeeName() + (a.scope().equals(AnnualScope.SYSTEM) ? "（含下级政协）" : "") + period + "工作报告数字");
        data.put("subtitle", "统计期间：" + a.from() + " 至 " + a.to() + "；上年比较：" + a.previousSource());
        data.put("status", a.locked() ? "本年度数字已于 " + a.lock().adoptedOn() + " 工作报告通过时锁定，“公布数”为当时公布的数字。"
                : "本年度尚未锁定，数字为截至今日的记录。");
        data.put("figures", java.util.stream.Stream.of(a.figures(), a.outputs(), a.people()).flatMap(List::stream)
                .map(AnnualDocuments::row).toList());
        data.put("rates", a.rates().stream().map(r -> Map.of("area", r.area(), "label", r.label(), "value", r.value(),
                "previous", nz(r.previous()), "change", nz(r.change()))).toList());
        List<Map<String, Object>> categories = new ArrayList<>();
        for (int i = 0; i + 1 < a.categories().size(); i += 2) {
            Line received = a.categories().get(i);
            Line filed = a.categories().get(i + 1);
            categories.add(Map.of("label", received.area(), "received", received.value(), "receivedShare", nz(received.share()),
                    "filed", filed.value(), "filedShare", nz(filed.share())));
        }
        data.put("categories", categories);
        data.put("keyProposals", keyProposals.stream().map(AnnualDocuments::record).toList());
        data.put("adoptedReports", adopted.stream().map(AnnualDocuments::record).toList());
        List<Line> charted = CHARTED.stream().flatMap(k -> a.figures().stream().filter(l -> l.code().equals(k)).findFirst().stream())
                .toList();
        data.put("figureChart", Charts.ofBar("主要数字与上年比较", charted.stream().map(l -> l.area() + l.label()).toArray(String[]::new))
                .addSeries("本年", charted.stream().map(Line::value).toArray(Number[]::new))
                .addSeries("上年", charted.stream().map(l -> nz(l.previous())).toArray(Number[]::new)).create());
        List<Line> received = a.categories().stream().filter(l -> l.label().equals("收到")).toList();
        data.put("categoryChart", received.isEmpty()
                ? Charts.ofPie("收到提案按分类", new String[]{"无"}).series("收到", new Number[]{0}).create()
                : Charts.ofPie("收到提案按分类", received.stream().map(Line::area).toArray(String[]::new))
                .series("收到", received.stream().map(Line::value).toArray(Number[]::new)).create());
        StringBuilder definitions = new StringBuilder("口径：");
        a.figures().forEach(l -> definitions.append(l.area()).append("·").append(l.label()).append("：").append(l.definition()).append("；"));
        data.put("definitions", definitions.toString());
        return data;
    }

    private static Map<String, Object> row(Line l) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("area", l.area());
        row.put("label", l.label());
        row.put("value", Long.toString(l.value()));
        row.put("previous", l.previous() == null ? "—" : l.previous().toString());
        row.put("change", l.change() == null ? "—" : String.format("%+d", l.change()));
        row.put("percent", l.changePercent());
        row.put("published", l.published() == null ? "" : l.published() + (l.differs() ? "（当前数据与公布数不同）" : ""));
        return row;
    }

    private static Map<String, Object> record(CountedRecord r) {
        return Map.of("number", nz(r.number()), "title", r.title(), "date", r.date() == null ? "" : r.date().toString(), "status", r.status());
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }

    private static long nz(Long n) {
        return n == null ? 0 : n;
    }
}
