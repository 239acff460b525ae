package cn.tongxin.attachment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.attachment.AttachmentInfo;
import cn.tongxin.attachment.Attachments.StoredFile;
import cn.tongxin.shared.SubjectType;

/** The SQL of the attachment table. */
@Repository
public class StoredFiles {

    private final JdbcClient jdbc;

    StoredFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long committeeId, SubjectType ownerType, Long ownerId, String filename, String contentType,
                       byte[] content, String uploadedBy, Instant uploadedAt) {
        return jdbc.sql("""
                insert into attachment (committee_id, owner_type, owner_id, filename, content_type, size_bytes, data, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(committeeId, ownerType.name(), ownerId, filename, contentType, content.length, content, uploadedBy,
                        Timestamp.from(uploadedAt))
                .query(Long.class).single();
    }

    public List<AttachmentInfo> list(long committeeId, SubjectType ownerType, long ownerId) {
        return jdbc.sql("""
                select id, filename, content_type, size_bytes, uploaded_at from attachment
                 where committee_id = ? and owner_type = ? and owner_id = ? order by id""")
                .params(committeeId, ownerType.name(), ownerId).query(StoredFiles::info).list();
    }

    public Optional<AttachmentInfo> info(long committeeId, long id) {
        return jdbc.sql("select id, filename, content_type, size_bytes, uploaded_at from attachment where committee_id = ? and id = ?")
                .params(committeeId, id).query(StoredFiles::info).optional();
    }

    public Optional<StoredFile> content(long committeeId, SubjectType ownerType, long ownerId, long id) {
        return jdbc.sql("""
                select filename, content_type, data from attachment
                 where committee_id = ? and owner_type = ? and owner_id = ? and id = ?""")
                .params(committeeId, ownerType.name(), ownerId, id)
                .query((rs, n) -> new StoredFile(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("data")))
                .optional();
    }

    private static AttachmentInfo info(ResultSet rs, int n) throws SQLException {
        return new AttachmentInfo(rs.getLong("id"), rs.getString("filename"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
