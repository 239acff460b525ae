package cn.tongxin.member.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.tongxin.shared.XlsxRows;

/** The rows of an uploaded roster (read by {@link XlsxRows}), with the roster's columns found by their headers. */
record RosterFile(Map<RosterColumn, Integer> columns, List<String> missingColumns, List<XlsxRows.Row> rows) {

    static final int MAX_ROWS = 10_000;

    static RosterFile read(InputStream raw) {
        XlsxRows file = XlsxRows.read(raw, MAX_ROWS, "委员名册", "可先导出一份作为模板");
        List<String> missing = new ArrayList<>();
        var columns = file.columns(Arrays.asList(RosterColumn.values()), c -> c.header, c -> c.required, missing);
        return new RosterFile(columns, missing, file.rows());
    }

    String get(XlsxRows.Row row, RosterColumn column) {
        return row.cell(columns.get(column));
    }
}
