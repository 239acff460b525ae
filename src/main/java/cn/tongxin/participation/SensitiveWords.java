package cn.tongxin.participation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.shared.BusinessException;

/**
 * The committee's 敏感词 list, kept by its office (staff and administrators) as data. Public writes containing one are
 * held for a moderator with the words named; the match is a plain, case-insensitive containment in the database.
 */
@Service
@Transactional
public class SensitiveWords {

    public static final int MAX_WORD_CHARS = 50;
    private static final int MAX_WORDS = 5000;

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    SensitiveWords(JdbcClient jdbc, CurrentUsers currentUsers, AuditLog audit) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Word> list() {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        return jdbc.sql("select word, added_at, added_by from sensitive_word where committee_id = ? order by word")
                .param(office.committeeId())
                .query((rs, n) -> new Word(rs.getString("word"), rs.getTimestamp("added_at").toInstant(), rs.getString("added_by")))
                .list();
    }

    /** Adds words, one per line (or separated by commas); blank lines and words already listed are skipped. */
    public int add(String words) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        List<String> given = words == null ? List.of() : java.util.Arrays.stream(words.split("[\\r\\n,，、]+"))
                .map(String::strip).filter(w -> !w.isEmpty()).distinct().toList();
        if (given.isEmpty()) {
            throw BusinessException.invalid("请填写敏感词，每行一个");
        }
        for (String w : given) {
            if (w.length() > MAX_WORD_CHARS) {
                throw BusinessException.invalid("敏感词“" + w.substring(0, 10) + "…”超过" + MAX_WORD_CHARS + "字");
            }
        }
        long count = jdbc.sql("select count(*) from sensitive_word where committee_id = ?").param(office.committeeId())
                .query(Long.class).single();
        if (count + given.size() > MAX_WORDS) {
            throw BusinessException.invalid("敏感词最多" + MAX_WORDS + "个");
        }
        int added = 0;
        for (String w : given) {
            added += jdbc.sql("""
                    insert into sensitive_word (committee_id, word, added_by) values (?, ?, ?)
                    on conflict do nothing""").params(office.committeeId(), w, office.username()).update();
        }
        if (added > 0) {
            audit.record(office.committeeId(), "添加敏感词", "sensitive_word", null, "共" + added + "个");
        }
        return added;
    }

    public void remove(String word) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        int removed = jdbc.sql("delete from sensitive_word where committee_id = ? and word = ?")
                .params(office.committeeId(), word).update();
        if (removed == 0) {
            throw BusinessException.notFound("该敏感词");
        }
        audit.record(office.committeeId(), "删除敏感词", "sensitive_word", null, word);
    }

    /** The committee's words found in the text (any case). */
    @Transactional(readOnly = true)
    public List<String> foundIn(long committeeId, String text) {
        return jdbc.sql("""
                select word from sensitive_word
                 where committee_id = ? and strpos(lower(?), lower(word)) > 0 order by word""")
                .params(committeeId, text).query(String.class).list();
    }

    public record Word(String word, java.time.Instant addedAt, String addedBy) {
    }
}
