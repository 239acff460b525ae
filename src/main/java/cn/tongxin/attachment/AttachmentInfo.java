package cn.tongxin.attachment;

import java.time.Instant;

public record AttachmentInfo(long id, String filename, String contentType, long sizeBytes, Instant uploadedAt) {

    public String sizeLabel() {
        return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1048576.0) : Math.max(1, sizeBytes / 1024) + " KB";
    }
}
