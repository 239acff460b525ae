package cn.tongxin.performance.dutyreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.organization.Organization;

/**
 * The duty report as a Word document, rendered on demand from the template {@code documents/duty-report.docx}
 * (poi-tl tags; staff may restyle it in Word as long as the tags stay): title, the member, the figures by category
 * with the rule set, total and grade, the entries by kind, and the member's narrative. Whoever may read the report
 * may download it.
 */
@Service
@Transactional
public class DutyReportDocuments {

    static final String TEMPLATE = "documents/duty-report.docx";
    private static final Configure CONFIGURE = Configure.builder().bind("categories", new LoopRowTableRenderPolicy()).build();

    private final DutyReportQueries queries;
    private final CurrentUsers currentUsers;
    private final Organization organization;

    DutyReportDocuments(DutyReportQueries queries, CurrentUsers currentUsers, Organization organization) {
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.organization = organization;
    }

    public record Document(String filename, byte[] content) {
    }

    public Document docx(long id) {
        DutyReportView r = queries.view(id);
        String committee = organization.committee(currentUsers.get().committeeId()).map(c -> c.name()).orElse("");
        try (InputStream in = new ClassPathResource(TEMPLATE).getInputStream();
             XWPFTemplate template = XWPFTemplate.compile(in, CONFIGURE).render(data(r, committee));
             var out = new ByteArrayOutputStream()) {
            template.write(out);
            return new Document(r.year() + "年度委员履职报告-" + r.figures().memberName() + ".docx", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template's tags and their values. */
    static Map<String, Object> data(DutyReportView r, String committee) {
        DutyFigures f = r.figures();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("year", r.year());
        data.put("committee", committee);
        data.put("name", f.memberName());
        data.put("sector", nz(f.sectorName()));
        data.put("specialCommittee", nz(f.specialCommitteeName()));
        data.put("standing", f.standing() ? "是" : "否");
        data.put("ruleSet", f.ruleSetName());
        data.put("asOf", r.figuresFrozen() ? "（提交时的记录）" : "（截至今日的记录）");
        data.put("categories", f.categories().stream().map(c -> Map.of("label", c.label(), "points", points(c.points()))).toList());
        data.put("total", points(f.total()));
        data.put("grade", nz(f.grade()));
        data.put("lists", f.lists().stream().map(l -> Map.of("label", l.label(), "count", l.items().size(),
                "items", l.items().isEmpty() ? List.of(Map.of("line", "无"))
                        : l.items().stream().map(i -> Map.of("line", i.on() + "　" + i.title() + "　" + i.detail() + "　"
                        + points(i.points()) + "分")).toList())).toList());
        data.put("summary", nz(r.summary()));
        data.put("plans", r.plans() == null || r.plans().isBlank() ? null : Map.of("text", r.plans()));
        return data;
    }

    private static String points(BigDecimal p) {
        return p == null ? "0" : p.stripTrailingZeros().toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
