package cn.tongxin.audit;

/**
 * The result of verifying the audit log's hash chain: how many links were checked and, when the chain is broken, the
 * first broken link, the audit row it stands for and why.
 */
public record ChainCheck(long checked, Long brokenSeq, Long brokenAuditId, String reason, long unchained) {

    public boolean intact() {
        return brokenSeq == null;
    }

    /** In Chinese, for the page, the command and the log. */
    public String summary() {
        return intact()
                ? "审计日志哈希链完整：已校验 " + checked + " 条记录" + (unchained > 0 ? "（另有 " + unchained + " 条尚未入链）" : "")
                : "审计日志哈希链在第 " + brokenSeq + " 个链节（审计记录编号 " + brokenAuditId + "）处断开：" + reason;
    }
}
