package cn.tongxin.performance;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.tongxin.shared.Spreadsheets;
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
                WriteSheet sheet = FastExcel.writerSheet(i, t.name()).head(t.headers().stream().map(List::of).toList()).build();
                writer.write(t.rows(), sheet);
            }
        }
        return out.toByteArray();
    }
}
