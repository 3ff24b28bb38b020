package dev.kikbot.emulator.codes;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.imageio.ImageIO;

/**
 * Draws a PNG that looks like a Kik Code: a dot in the middle, a white centre disc, and rings of arc segments
 * around it whose pattern comes from the SHA-256 of what the code stands for (its id, or the bot's name for a
 * username code). It does not encode anything a Kik app could scan; it is the same picture for the same
 * input, which is what a bot's page or test needs.
 */
public final class CodeImage {

    /** The smallest and largest side of a picture drawn. */
    public static final int MIN_SIDE = 16;
    public static final int MAX_SIDE = 2048;
    private static final int RINGS = 4;
    private static final int SEGMENTS = 32;

    private CodeImage() {
    }

    /**
     * @param subject what the code stands for, such as its id
     * @param color one of {@link CodeColor}'s
     * @return the PNG's bytes
     */
    public static byte[] png(String subject, Color color, int width, int height) {
        if (width < MIN_SIDE || width > MAX_SIDE || height < MIN_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("a side is " + MIN_SIDE + " to " + MAX_SIDE + " pixels");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            draw(g, bits(subject), color, width, height);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, byte[] bits, Color color, int width, int height) {
        double side = Math.min(width, height);
        double cx = width / 2.0;
        double cy = height / 2.0;
        double outer = side / 2.0 * 0.96;
        g.setColor(color);
        g.fill(new Ellipse2D.Double(cx - outer, cy - outer, 2 * outer, 2 * outer));
        double inner = outer * 0.42;
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(cx - inner, cy - inner, 2 * inner, 2 * inner));
        double ringWidth = (outer - inner) / (RINGS + 1);
        g.setStroke(new BasicStroke((float) (ringWidth * 0.6), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int ring = 0; ring < RINGS; ring++) {
            double radius = inner + ringWidth * (ring + 1);
            for (int segment = 0; segment < SEGMENTS; segment++) {
                int bit = ring * SEGMENTS + segment;
                if ((bits[bit / 8 % bits.length] >> (bit % 8) & 1) == 1) {
                    g.draw(new Arc2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius,
                            segment * 360.0 / SEGMENTS, 360.0 / SEGMENTS * 0.7, Arc2D.OPEN));
                }
            }
        }
        double dot = inner * 0.35;
        g.setColor(color);
        g.fill(new Ellipse2D.Double(cx - dot, cy - dot, 2 * dot, 2 * dot));
    }

    private static byte[] bits(String subject) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
