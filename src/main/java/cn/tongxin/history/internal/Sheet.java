package cn.tongxin.history.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tongxin.shared.XlsxRows;

/** The rows of an uploaded history file (read by {@link XlsxRows}), with the template's columns found by their headers. */
public record Sheet(Map<SheetColumn, Integer> columns, List<String> missingColumns, List<XlsxRows.Row> rows) {

    static final int MAX_ROWS = 5_000;

    String get(XlsxRows.Row row, SheetColumn column) {
        return row.cell(columns.get(column));
    }

    public static Sheet read(InputStream raw, List<? extends SheetColumn> wanted) {
        XlsxRows file = XlsxRows.read(raw, MAX_ROWS, "文件", "可先下载模板");
        List<String> missing = new ArrayList<>();
        Map<SheetColumn, Integer> columns = file.columns(List.<SheetColumn>copyOf(wanted), SheetColumn::header, SheetColumn::required, missing);
        return new Sheet(columns, missing, file.rows());
    }
}
