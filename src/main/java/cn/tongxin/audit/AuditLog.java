package cn.tongxin.audit;

/** Records a change in the caller's transaction; the actor and address come from the current request. */
public interface AuditLog {

    /**
     * @param action     what was done, in Chinese (e.g. "修改委员")
     * @param targetType what it was done to (e.g. "member")
     * @param detail     a short description; never phone numbers, ID numbers, passwords or tokens
     */
    void record(long committeeId, String action, String targetType, Object targetId, String detail);
}
