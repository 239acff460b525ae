package cn.tongxin.member;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.idev.excel.FastExcel;

/** Builds real .xlsx rosters for tests. */
final class RosterFiles {

    static final List<String> HEADERS = List.of("姓名", "性别", "民族", "出生日期", "党派", "界别", "专委会", "委员工作室",
            "工作单位及职务", "手机", "是否常委", "届次", "状态");

    private RosterFiles() {
    }

    static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
        var out = new ByteArrayOutputStream();
        FastExcel.write(out).head(headers.stream().map(List::of).toList()).sheet("委员名册").doWrite(rows);
        return out.toByteArray();
    }

    /** {@code count} valid members with mobiles 150{base}nnnn. */
    static List<List<Object>> validRows(int count, int base) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(Arrays.asList("导入委员" + i, i % 3 == 0 ? "女" : "男", "汉族", "1970-0" + (1 + i % 9) + "-15",
                    i % 2 == 0 ? "民盟" : "九三学社", "教育界", "提案委员会", i % 5 == 0 ? "民生议事委员工作室" : null,
                    "某单位职务" + i, String.format("150%04d%04d", base, i), i % 7 == 0 ? "是" : "否", "第十三届", "在任"));
        }
        return rows;
    }
}
