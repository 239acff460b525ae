package cn.tongxin.performance;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Service;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.tongxin.shared.Spreadsheets;
import cn.idev.excel.write.handler.SheetWriteHandler;
import cn.idev.excel.write.handler.context.SheetWriteHandlerContext;
import cn.idev.excel.write.metadata.WriteSheet;

/** The ranking as .xlsx, with the same filters and permission as the page: ranked members, 界别 and 工作室 aggregates. */
@Service
public class PerformanceExports {

    private final Ranking ranking;

    PerformanceExports(Ranking ranking) {
        this.ranking = ranking;
    }

    public byte[] ranking(Integer year, Ranking.Filter filter) {
        Ranking.Board board = ranking.all(year, filter);
        List<String> headers = new ArrayList<>(List.of("排名", "姓名", "界别", "专委会", "工作室", "常委", "总分", "等次"));
        board.categories().forEach(c -> headers.add(c.label()));
        headers.add("提醒事项");
        List<List<Object>> rows = new ArrayList<>();
        for (Ranking.Row r : board.page().items()) {
            List<Object> row = new ArrayList<>(Arrays.asList(r.rank(), r.name(), r.sectorName(), r.specialCommitteeName(),
                    r.studioName(), r.standing() ? "是" : "", r.total(), r.grade()));
            board.categories().forEach(c -> row.add(r.categories().getOrDefault(c.code(), BigDecimal.ZERO)));
            row.add(String.join("、", r.flags().stream().map(Flag::label).toList()));
            rows.add(row);
        }
        String top = board.topGrade() == null ? "最高等次" : board.topGrade();
        List<String> groupHeaders = List.of("名称", "委员数", "平均分", top + "人数");
        return write(List.of(
                new Table(board.year() + "年度履职排名", headers, rows),
                new Table("界别汇总", groupHeaders, groups(board.sectors())),
                new Table("工作室汇总", groupHeaders, groups(board.studios()))));
    }

    private static List<List<Object>> groups(List<Ranking.Group> groups) {
        return groups.stream().map(g -> Arrays.<Object>asList(g.name(), g.members(), g.average(), g.topGrade())).toList();
    }

    private record Table(String name, List<String> headers, List<List<Object>> rows) {
    }

    private static byte[] write(List<Table> tables) {
        var out = new ByteArrayOutputStream();
        try (ExcelWriter writer = Spreadsheets.write(out).build()) {
            for (int i = 0; i < tables.size(); i++) {
                Table t = tables.get(i);
                WriteSheet sheet = FastExcel.writerSheet(i, t.name()).head(t.headers().stream().map(List::of).toList())
                        .registerWriteHandler(new FrozenHeaderAndWidths(widths(t))).build();
                writer.write(t.rows(), sheet);
            }
        }
        return out.toByteArray();
    }

    /** Column widths from the longest text, a Chinese character counting as two. */
    static int[] widths(Table t) {
        int[] widths = new int[t.headers().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = display(t.headers().get(c));
        }
        for (List<Object> row : t.rows()) {
            for (int c = 0; c < Math.min(widths.length, row.size()); c++) {
                Object v = row.get(c);
                widths[c] = Math.max(widths[c], display(v instanceof BigDecimal b ? b.toPlainString() : String.valueOf(v == null ? "" : v)));
            }
        }
        return widths;
    }

    private static int display(String s) {
        return s.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
    }

    /** The header row stays in view, and each column is as wide as its longest text (within reason). */
    private record FrozenHeaderAndWidths(int[] widths) implements SheetWriteHandler {
        @Override
        public void afterSheetCreate(SheetWriteHandlerContext context) {
            Sheet sheet = context.getWriteSheetHolder().getSheet();
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(6, widths[c] + 2)) * 256);
            }
        }
    }
}
