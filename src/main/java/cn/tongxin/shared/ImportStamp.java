package cn.tongxin.shared;

import java.time.Instant;

/** Who brought a past record in (历史数据导入) and when: kept on the record, which stays read-only from then on. */
public record ImportStamp(String by, Instant at) {
}
