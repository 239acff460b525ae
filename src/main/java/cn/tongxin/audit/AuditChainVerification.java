package cn.tongxin.audit;

/** Verifies the audit log's SM3 hash chain (administrators; the command {@code --verify-audit-chain}). */
public interface AuditChainVerification {

    ChainCheck verify();
}
