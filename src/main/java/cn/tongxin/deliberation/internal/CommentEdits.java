package cn.tongxin.deliberation.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.deliberation.CommentEdit;

/** The history of a comment's edits: the text each edit replaced (audit), oldest first. */
@Repository
public class CommentEdits {

    private final JdbcClient jdbc;

    CommentEdits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long committeeId, long commentId, int revision, String oldText, String newText, long editedBy, boolean held) {
        jdbc.sql("""
                insert into deliberation_comment_edit (committee_id, comment_id, revision, old_text, new_text, edited_by, held)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(committeeId, commentId, revision, oldText, newText, editedBy, held).update();
    }

    public List<CommentEdit> of(long commentId) {
        return jdbc.sql("""
                select e.revision, e.old_text, e.new_text, e.edited_by, c.author_name, e.edited_at, e.held
                  from deliberation_comment_edit e join deliberation_comment c on c.id = e.comment_id
                 where e.comment_id = ? order by e.revision""")
                .param(commentId)
                .query((rs, n) -> new CommentEdit(rs.getInt("revision"), rs.getString("old_text"), rs.getString("new_text"), rs.getLong("edited_by"),
                        rs.getString("author_name"), rs.getTimestamp("edited_at").toInstant(), rs.getBoolean("held")))
                .list();
    }
}
