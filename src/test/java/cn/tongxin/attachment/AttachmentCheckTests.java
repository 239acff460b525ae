package cn.tongxin.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import cn.tongxin.shared.BusinessException;

/** A file's type is read from its first bytes, not trusted from its name; empty and over-20-MB files are refused. */
class AttachmentCheckTests {

    static final byte[] PDF = bytes("%PDF-1.7\n");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0};
    static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    static final String UNSUPPORTED = "类型不支持，仅支持 PDF、Word（.doc/.docx）、PNG、JPEG";

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String check(String name, byte[] content) {
        return Attachments.check(new Upload(name, content));
    }

    private static void refused(String name, byte[] content, String message) {
        assertThatThrownBy(() -> check(name, content)).isInstanceOf(BusinessException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((BusinessException) e).status().value()).isEqualTo(422));
    }

    @Test
    void aPdfIsAPdf() {
        assertThat(check("提案.pdf", PDF)).isEqualTo("application/pdf");
    }

    @Test
    void aPngNamedPdfIsStoredAsPng() {
        assertThat(check("扫描件.pdf", PNG)).isEqualTo("image/png");
    }

    @Test
    void aJpegIsRecognisedWhateverItsName() {
        assertThat(check("照片.JPG", JPEG)).isEqualTo("image/jpeg");
        assertThat(check("照片", JPEG)).isEqualTo("image/jpeg");
    }

    @Test
    void aDocxIsAZipNamedDocx() {
        assertThat(check("报告.DOCX", ZIP)).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void aZipNotNamedDocxIsRefused() {
        refused("压缩包.zip", ZIP, "附件“压缩包.zip”" + UNSUPPORTED);
    }

    @Test
    void anOldWordFileIsAnOleFileNamedDoc() {
        assertThat(check("旧稿.doc", OLE)).isEqualTo("application/msword");
        refused("表格.xls", OLE, "附件“表格.xls”" + UNSUPPORTED);
    }

    @Test
    void anExecutableDisguisedAsDocxIsRefused() {
        refused("说明.docx", EXE, "附件“说明.docx”" + UNSUPPORTED);
    }

    @Test
    void aScriptDisguisedAsJpegIsRefused() {
        refused("照片.jpg", bytes("#!/bin/sh\nrm -rf /\n"), "附件“照片.jpg”" + UNSUPPORTED);
        refused("图片.jpg", bytes("<script>alert(1)</script>"), "附件“图片.jpg”" + UNSUPPORTED);
    }

    @Test
    void aFileShorterThanAnySignatureIsRefusedNotBroken() {
        refused("a.pdf", new byte[]{'%'}, "附件“a.pdf”" + UNSUPPORTED);
    }

    @Test
    void anEmptyFileIsRefused() {
        refused("空.pdf", new byte[0], "附件是空文件");
        refused("空.pdf", null, "附件是空文件");
    }

    @Test
    void exactly20MbIsAcceptedOneByteMoreIsRefused() {
        byte[] limit = Arrays.copyOf(PDF, (int) Attachments.MAX_BYTES);
        assertThat(limit.length).isEqualTo(20 * 1024 * 1024);
        assertThat(check("大.pdf", limit)).isEqualTo("application/pdf");
        refused("太大.pdf", Arrays.copyOf(PDF, (int) Attachments.MAX_BYTES + 1), "附件“太大.pdf”超过20MB");
    }
}
