package cn.tongxin.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotent creates: a form or API call carries a request key; sent again with the same key and the same content
 * (a client retrying after a timeout, a double submit, two at once) it answers with the record the first one created,
 * never with a conflict. The same key with different content is refused (422), and another user's key is refused (409).
 * Concurrent pairs wait for each other on a transaction-scoped advisory lock of the key, so the second sees the first's
 * row once it has committed.
 */
@Component
public class RequestKeys {

    private final JdbcClient jdbc;

    RequestKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A create request: whose, of what kind, its key, and the fingerprint of its content ({@link #fingerprint}). */
    public record Request(long committeeId, SubjectType subject, String key, String username, String fingerprint) {
    }

    /** The id the first request with this key created, or {@code create}'s (recorded under the key). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long once(Request r, LongSupplier create) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:lock, 0))")
                .param("lock", r.committeeId() + ":" + r.subject().name() + ":" + r.key()).query((rs, n) -> 1).single();
        var first = jdbc.sql("""
                select username, fingerprint, subject_id from request_key
                 where committee_id = :committee and subject = :subject and request_key = :key""")
                .param("committee", r.committeeId()).param("subject", r.subject().name()).param("key", r.key())
                .query((rs, n) -> new First(rs.getString("username"), rs.getString("fingerprint"), rs.getLong("subject_id")))
                .optional();
        if (first.isPresent()) {
            if (!first.get().username().equals(r.username())) {
                throw BusinessException.conflict("表单已被使用，请刷新页面后重新填写");
            }
            if (!first.get().fingerprint().equals(r.fingerprint())) {
                throw BusinessException.invalid("该请求编号（requestKey）已用于内容不同的提交，请为新的提交使用新的编号");
            }
            return first.get().id();
        }
        long id = create.getAsLong();
        jdbc.sql("""
                insert into request_key (committee_id, subject, request_key, username, fingerprint, subject_id)
                values (:committee, :subject, :key, :username, :fingerprint, :id) on conflict do nothing""")
                .param("committee", r.committeeId()).param("subject", r.subject().name()).param("key", r.key())
                .param("username", r.username()).param("fingerprint", r.fingerprint()).param("id", id).update();
        return id;
    }

    private record First(String username, String fingerprint, long id) {
    }

    /**
     * SHA-256 of a request's content: records by their components (a component named {@code requestKey} left out),
     * everything else by its string form.
     */
    public static String fingerprint(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            append(text, part);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(StringBuilder text, Object part) {
        if (part instanceof Record record) {
            RecordComponents.forEach(record, (name, value) -> {
                if (!name.equals("requestKey")) {
                    append(text, value);
                }
            });
        } else if (part instanceof Iterable<?> items) {
            text.append('[');
            items.forEach(item -> append(text, item));
            text.append(']');
        } else {
            text.append(part).append('\u0000');
        }
    }
}
