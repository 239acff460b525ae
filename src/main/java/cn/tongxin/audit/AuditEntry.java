package cn.tongxin.audit;

import java.time.Instant;

public record AuditEntry(long id, Instant occurredAt, String username, String action, String targetType,
                         String targetId, String detail, String remoteAddress, boolean success) {
}
