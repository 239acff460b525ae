package cn.tongxin.account;

/** Facts about accounts that other modules (the audit log) record. */
public final class AccountEvents {

    private AccountEvents() {
    }

    public record LoginSucceeded(String username, long committeeId, String remoteAddress) {
    }

    public record LoginFailed(String username, Long committeeId, String reason, String remoteAddress) {
    }

    /** A request was refused (403); {@code path} without query string, {@code committeeId} null for no logged-in user. */
    public record AccessDenied(String username, Long committeeId, String method, String path, String remoteAddress) {
    }

    /** An account was created or changed; {@code detail} never holds a password or token. */
    public record AccountChanged(long committeeId, long accountId, String action, String detail) {
    }
}
