package cn.tongxin.web;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A write that reached a read-only record (history brought in): the database refused it with SQLSTATE TX409 and a
 * Chinese message, which is shown as a 409 rather than an error of the system.
 */
final class ReadOnlyRecords {

    static final String SQL_STATE = "TX409";

    private ReadOnlyRecords() {
    }

    static Optional<String> refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                String message = sql.getMessage();
                // PostgreSQL's message reads "ERROR: <text>" and may carry a "Where:" context on later lines
                message = message.lines().findFirst().orElse(message).replaceFirst("^(ERROR|错误): ", "").strip();
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }
}
