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

/** A studio's printable poster: its name above a QR code (zxing) that leads to its public page. */
@Service
public class StudioPosters {

    private static final int WIDTH = 800;
    private static final int QR = 560;
    // WenQuanYi Zen Hei (fonts-wqy-zenhei, installed by .ci/run); the JDK's logical font where it is missing
    private static final String FONT = "WenQuanYi Zen Hei";

    public byte[] png(String portalTitle, String studioName, String url) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, QR, QR,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
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
