package cn.tongxin.member;

/** The outcome of a roster import that succeeded: every row was imported. */
public record ImportResult(int created, int updated, long millis) {
}
