package cn.tongxin.opinion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Service;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.shared.OfficialDates;
import cn.tongxin.shared.Spreadsheets;
import cn.tongxin.shared.WordDocuments;

/** The bulletin as .docx, and the statistics as .xlsx. */
@Service
public class OpinionDocuments {

    private final BulletinQueries queries;
    private final OpinionStatistics statistics;

    private final CurrentUsers currentUsers;
    private final Organization organization;
    private final CommitteeSettings settings;

    OpinionDocuments(BulletinQueries queries, OpinionStatistics statistics, CurrentUsers currentUsers, Organization organization,
                     CommitteeSettings settings) {
        this.queries = queries;
        this.statistics = statistics;
        this.currentUsers = currentUsers;
        this.organization = organization;
        this.settings = settings;
    }

    public byte[] bulletin(long id) {
        var page = queries.bulletin(id);
        var b = page.bulletin();
        long committeeId = currentUsers.get().committeeId();
        String issued = b.issuedOn() == null ? null
                : OfficialDates.format(b.issuedOn(), settings.enabled(committeeId, SettingKey.DOCUMENT_DATE_IN_CHINESE_NUMERALS));
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            paragraph(doc, b.seriesName(), 26, true, ParagraphAlignment.CENTER);
            paragraph(doc, b.number() == null ? "（待编发）" : b.year() + "年第" + b.number() + "期", 14, false, ParagraphAlignment.CENTER);
            if (b.title() != null && !b.title().isBlank()) {
                paragraph(doc, b.title().strip(), 16, true, ParagraphAlignment.CENTER);
            }
            paragraph(doc, "报送：" + b.recipients() + (issued == null ? "" : "　　" + issued), 11, false, ParagraphAlignment.LEFT);
            for (var item : page.items()) {
                paragraph(doc, item.title(), 16, true, ParagraphAlignment.CENTER);
                for (String line : item.editedText().split("\\R")) {
                    paragraph(doc, line, 12, false, ParagraphAlignment.LEFT);
                }
                String authors = String.join("、", item.reports().stream().map(ReportSummary::authors).distinct().toList());
                paragraph(doc, "（信息来源：" + authors + "）", 11, false, ParagraphAlignment.RIGHT);
            }
            if (issued != null) {
                WordDocuments.signature(doc, organization.committee(committeeId).map(c -> c.name()).orElse(""), issued);
            }
            WordDocuments.pageNumbers(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] statistics(Integer year, LocalDate from, LocalDate to) {
        var r = statistics.report(year, from, to);
        List<List<Object>> figures = new ArrayList<>();
        r.figures().forEach(f -> figures.add(Arrays.asList(f.label(), f.value(), f.definition())));
        r.bySource().forEach((k, v) -> figures.add(Arrays.asList("来源：" + k, v, "按报送来源统计的收到数")));
        r.adoptedByLevel().forEach((k, v) -> figures.add(Arrays.asList(k + "采用", v, "期间内被采用的编辑稿条数（按采用日期）")));
        r.instructedByLevel().forEach((k, v) -> figures.add(Arrays.asList(k + "批示", v, "期间内获批示的编辑稿条数（按批示日期）")));
        r.forwardedByLevel().forEach((k, v) -> figures.add(Arrays.asList("报送" + k, v, "期间内报送该层级的编辑稿篇数（按报送日期）")));
        r.bulletinsBySeries().forEach((k, v) -> figures.add(Arrays.asList("《" + k + "》期数", v, "期间内编发的该系列期数（按编发日期）")));
        List<List<Object>> authors = new ArrayList<>();
        r.authors().forEach(a -> authors.add(Arrays.asList(a.name(), a.reports(), a.issued(), a.adopted())));
        List<List<Object>> groups = new ArrayList<>();
        r.partiesAndGroups().forEach(a -> groups.add(Arrays.asList(a.name(), a.reports(), a.issued(), a.adopted())));
        var out = new ByteArrayOutputStream();
        try (ExcelWriter writer = Spreadsheets.write(out).build()) {
            writer.write(figures, FastExcel.writerSheet(0, "统计").head(heads("指标", "数值", "口径")).build());
            writer.write(authors, FastExcel.writerSheet(1, "作者").head(heads("作者", "报送", "编发", "采用")).build());
            writer.write(groups, FastExcel.writerSheet(2, "党派团体").head(heads("党派团体", "报送", "编发", "采用")).build());
        }
        return out.toByteArray();
    }

    private static List<List<String>> heads(String... names) {
        return Arrays.stream(names).map(List::of).toList();
    }

    private static void paragraph(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily("宋体");
        run.setFontSize(size);
        run.setBold(bold);
    }
}
