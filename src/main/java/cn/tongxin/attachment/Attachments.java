package cn.tongxin.attachment;

import cn.tongxin.shared.SubjectType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.attachment.internal.StoredFiles;
import cn.tongxin.shared.BusinessException;

/**
 * Stores files for an owner (e.g. a proposal) in the owner's transaction. The owner module checks who may read its
 * files; this module checks what a file is: its type is read from its first bytes, not trusted from its name.
 */
@Service
public class Attachments {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private final StoredFiles files;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    Attachments(StoredFiles files, CurrentUsers currentUsers, Clock clock) {
        this.files = files;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long store(long committeeId, SubjectType ownerType, Long ownerId, Upload upload) {
        String contentType = check(upload);
        String name = upload.filename() == null ? "附件" : upload.filename().replaceAll("[\\\\/:*?\"<>|\\r\\n]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return files.insert(committeeId, ownerType, ownerId, name, contentType, upload.content(),
                currentUsers.get().username(), Instant.now(clock));
    }

    /** A photo a citizen sends from a public page (no login): PNG or JPEG only, stored under {@code uploader}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long storePublicImage(long committeeId, SubjectType ownerType, long ownerId, Upload upload, String uploader) {
        String contentType = check(upload);
        if (!contentType.startsWith("image/")) {
            throw BusinessException.invalid("照片“" + upload.filename() + "”须为 PNG 或 JPEG 图片");
        }
        String name = upload.filename() == null ? "照片" : upload.filename().replaceAll("[\\\\/:*?\"<>|\\r\\n]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return files.insert(committeeId, ownerType, ownerId, name, contentType, upload.content(), uploader, Instant.now(clock));
    }

    /** A photo or a scan a citizen sends from a public page (no login): PNG, JPEG or PDF, stored under {@code uploader}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long storePublicScan(long committeeId, SubjectType ownerType, long ownerId, Upload upload, String uploader) {
        String contentType = check(upload);
        if (!contentType.startsWith("image/") && !contentType.equals("application/pdf")) {
            throw BusinessException.invalid("附件“" + upload.filename() + "”须为 PNG、JPEG 图片或 PDF 扫描件");
        }
        String name = upload.filename() == null ? "附件" : upload.filename().replaceAll("[\\\\/:*?\"<>|\\r\\n]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return files.insert(committeeId, ownerType, ownerId, name, contentType, upload.content(), uploader, Instant.now(clock));
    }

    /** The content type the file really has; refuses empty, too large and unsupported files. */
    public static String check(Upload upload) {
        if (upload.isEmpty()) {
            throw BusinessException.invalid("附件是空文件");
        }
        if (upload.content().length > MAX_BYTES) {
            throw BusinessException.invalid("附件“" + upload.filename() + "”超过20MB");
        }
        byte[] b = upload.content();
        String ext = upload.filename() == null ? "" : upload.filename().toLowerCase(Locale.ROOT);
        if (starts(b, '%', 'P', 'D', 'F')) {
            return "application/pdf";
        }
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 'P', 'K', 3, 4) && ext.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0) && ext.endsWith(".doc")) {
            return "application/msword";
        }
        throw BusinessException.invalid("附件“" + upload.filename() + "”类型不支持，仅支持 PDF、Word（.doc/.docx）、PNG、JPEG");
    }

    private static boolean starts(byte[] b, int... head) {
        if (b.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if ((b[i] & 0xFF) != (head[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    @Transactional(readOnly = true)
    public List<AttachmentInfo> list(long committeeId, SubjectType ownerType, long ownerId) {
        return files.list(committeeId, ownerType, ownerId);
    }

    @Transactional(readOnly = true)
    public Optional<AttachmentInfo> info(long committeeId, long id) {
        return files.info(committeeId, id);
    }

    /** The file, if it belongs to that owner in that committee. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> content(long committeeId, SubjectType ownerType, long ownerId, long id) {
        return files.content(committeeId, ownerType, ownerId, id);
    }

    public record StoredFile(String filename, String contentType, byte[] content) {
    }
}
