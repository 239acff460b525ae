package cn.tongxin.history;

import java.io.OutputStream;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.tongxin.shared.Spreadsheets;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.history.internal.SheetColumn;

/**
 * The template of each kind: a first sheet with the headers the import reads (required ones marked *), and a second
 * sheet 填写说明 with what each column takes and an example.
 */
@Service
public class HistoryTemplates {

    private final CurrentUsers currentUsers;

    HistoryTemplates(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    public String fileName(HistoryKind kind) {
        return kind.label() + "导入模板.xlsx";
    }

    public void write(HistoryKind kind, OutputStream out) {
        currentUsers.require(Role.ADMIN, Role.STAFF);
        List<? extends SheetColumn> columns = ImportHistory.columns(kind);
        List<List<String>> head = columns.stream().map(c -> List.of(c.header() + (c.required() ? "*" : ""))).toList();
        List<List<Object>> help = columns.stream()
                .map(c -> List.<Object>of(c.header(), c.required() ? "必填" : "选填", c.help(), c.example())).toList();
        try (ExcelWriter writer = Spreadsheets.write(out).build()) {
            writer.write(List.of(), FastExcel.writerSheet(0, kind.label()).head(head).build());
            writer.write(help, FastExcel.writerSheet(1, "填写说明")
                    .head(List.of(List.of("列名"), List.of("是否必填"), List.of("说明"), List.of("示例"))).build());
        }
    }
}
