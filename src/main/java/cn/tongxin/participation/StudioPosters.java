package cn.tongxin.participation;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Service;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A studio's printable poster: its name above a QR code (zxing) that leads to its public page, as a PNG (drawn with
 * Java2D) and as an A4 PDF (openhtmltopdf from a small XHTML page, the QR code inlined as a PNG, Chinese set in WenQuanYi
 * Zen Hei embedded as a subset; PDFBox reads the font out of its .ttc collection).
 */
@Service
public class StudioPosters {

    private static final int WIDTH = 800;
    private static final int QR = 560;
    // WenQuanYi Zen Hei (fonts-wqy-zenhei, installed by .ci/run); the JDK's logical font where it is missing
    private static final String FONT = "WenQuanYi Zen Hei";

    // where fonts-wqy-zenhei puts it (Debian; .ci/run installs it)
    private static final java.nio.file.Path FONT_FILE = java.nio.file.Path.of(
            System.getProperty("tongxin.poster.font", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));

    public byte[] png(String portalTitle, String studioName, String url) {
        BitMatrix matrix = qr(url);
        BufferedImage image = new BufferedImage(WIDTH, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, 1000);
            g.setColor(new Color(0xb3261e));
            g.fillRect(0, 0, WIDTH, 150);
            g.setColor(Color.WHITE);
            centered(g, portalTitle, 34, 60);
            centered(g, studioName, 44, 125);
            g.setColor(Color.BLACK);
            int left = (WIDTH - QR) / 2;
            for (int y = 0; y < QR; y++) {
                for (int x = 0; x < QR; x++) {
                    if (matrix.get(x, y)) {
                        image.setRGB(left + x, 190 + y, 0);
                    }
                }
            }
            g.setColor(new Color(0x1f2328));
            centered(g, "扫码反映问题、提出意见建议", 34, 830);
            centered(g, "凭追踪码查看办理进展和答复", 28, 880);
        } finally {
            g.dispose();
        }
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BitMatrix qr(String url) {
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, QR, QR,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The poster as an A4 PDF whose text is real text (searchable, copyable), not a picture of it. */
    public byte[] pdf(String portalTitle, String studioName, String url) {
        BitMatrix matrix = qr(url);
        BufferedImage code = new BufferedImage(QR, QR, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < QR; y++) {
            for (int x = 0; x < QR; x++) {
                code.setRGB(x, y, matrix.get(x, y) ? 0 : 0xffffff);
            }
        }
        String qrData;
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(code, "png", out);
            qrData = java.util.Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String html = """
                <html><head><style>
                @page { size: A4; margin: 0; }
                body { margin: 0; font-family: 'poster'; color: #1f2328; text-align: center; }
                .band { background: #b3261e; color: #fff; padding: 18mm 10mm 14mm; }
                .portal { font-size: 20pt; }
                .studio { font-size: 30pt; margin-top: 6mm; }
                img { width: 120mm; height: 120mm; margin-top: 16mm; }
                .call { font-size: 22pt; margin-top: 10mm; }
                .hint { font-size: 16pt; margin-top: 4mm; }
                </style></head><body>
                <div class="band"><div class="portal">%s</div><div class="studio">%s</div></div>
                <img src="data:image/png;base64,%s" alt="二维码"/>
                <div class="call">扫码反映问题、提出意见建议</div>
                <div class="hint">凭追踪码查看办理进展和答复</div>
                </body></html>""".formatted(escape(portalTitle), escape(studioName), qrData);
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
             var collection = new org.apache.fontbox.ttf.TrueTypeCollection(FONT_FILE.toFile());
             var out = new ByteArrayOutputStream()) {
            var ttf = new org.apache.fontbox.ttf.TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (ttf[0] == null) {
                    ttf[0] = f;
                }
            });
            var font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, ttf[0], true);
            var builder = new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFont(new com.openhtmltopdf.pdfboxout.PDFontSupplier(font), "poster");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            try (var renderer = builder.buildPdfRenderer()) {
                renderer.createPDF();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void centered(Graphics2D g, String text, int size, int baseline) {
        Font font = new Font(FONT, Font.BOLD, size);
        if (!FONT.equals(font.getFamily())) {
            font = new Font(Font.SANS_SERIF, Font.BOLD, size);
        }
        g.setFont(font);
        String t = text.length() > 18 ? text.substring(0, 18) + "…" : text;
        int w = g.getFontMetrics().stringWidth(t);
        g.drawString(t, Math.max(10, (WIDTH - w) / 2), baseline);
    }
}
