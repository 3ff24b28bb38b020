package dev.kikbot.api;

import java.net.URI;
import java.util.Objects;

/**
 * A Kik Code: the scannable image that opens a chat with the bot, made with {@link KikApi#createCode()}.
 * When it embeds data, scanning it sends the bot a {@code scan-data} message with that data.
 *
 * <p>The image URL is built on the base URL of the client that created the code, so a code made against a
 * local emulator points at the emulator.
 */
public final class Code {

    /** The base URL of the Kik API that codes were hosted on. */
    public static final URI KIK_BASE_URL = URI.create("https://api.kik.com");

    private final String id;
    private final URI baseUrl;

    private Code(String id, URI baseUrl) {
        this.id = Objects.requireNonNull(id, "id");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("id must not be empty");
        }
    }

    /**
     * @param id the code's id, as returned by {@code POST /v1/code}
     * @return the code, hosted on {@link #KIK_BASE_URL}
     */
    public static Code of(String id) {
        return new Code(id, KIK_BASE_URL);
    }

    /**
     * @param id the code's id, as returned by {@code POST /v1/code}
     * @param baseUrl the API base URL hosting the code image
     * @return the code
     */
    public static Code of(String id, URI baseUrl) {
        return new Code(id, baseUrl);
    }

    /** @return the code's id */
    public String id() {
        return id;
    }

    /** @return the URL of the code's image in its default colour: {@code {base}/v1/code/{id}} */
    public String url() {
        return url(null);
    }

    /**
     * The URL of the code's image in a colour. Kik Blue, colour 0, is the default and adds no parameter, as
     * in both official SDKs.
     *
     * @param color the colour, or null for the default
     * @return {@code {base}/v1/code/{id}}, with {@code ?c={color id}} for a colour other than Kik Blue
     */
    public String url(Color color) {
        String url = trimmed(baseUrl) + "/v1/code/" + id;
        return color == null || color.id() == 0 ? url : url + "?c=" + color.id();
    }

    /**
     * The URL of the code's image at a size, as kik-node built it for data codes:
     * {@code {base}/api/v1/images/remote/{id}/{width}x{height}.png}, with {@code ?c={color id}} for a colour
     * other than Kik Blue.
     *
     * @param width the image's width in pixels
     * @param height the image's height in pixels
     * @param color the colour, or null for the default
     * @return the image URL on this code's base URL
     */
    public String imageUrl(int width, int height, Color color) {
        return imagePath(baseUrl, "remote", id, width, height, color);
    }

    /**
     * The URL of a bot's username code image, which needs no API call, as kik-node built it:
     * {@code {base}/api/v1/images/username/{username}/{width}x{height}.png}.
     *
     * @param baseUrl the base URL hosting code images
     * @param username the bot's username
     * @param width the image's width in pixels
     * @param height the image's height in pixels
     * @param color the colour, or null for the default
     * @return the image URL
     */
    public static String usernameImageUrl(URI baseUrl, String username, int width, int height, Color color) {
        return imagePath(Objects.requireNonNull(baseUrl, "baseUrl"), "username",
                Objects.requireNonNull(username, "username"), width, height, color);
    }

    private static String imagePath(URI baseUrl, String kind, String name, int width, int height, Color color) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("width and height must be positive, were " + width + "x" + height);
        }
        String url = trimmed(baseUrl) + "/api/v1/images/" + kind + "/" + name + "/" + width + "x" + height + ".png";
        return color == null || color.id() == 0 ? url : url + "?c=" + color.id();
    }

    private static String trimmed(URI baseUrl) {
        String base = baseUrl.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Code other && id.equals(other.id) && baseUrl.equals(other.baseUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, baseUrl);
    }

    /** @return the id and the image URL */
    @Override
    public String toString() {
        return "Code{id=" + id + ", url=" + url() + "}";
    }

    /** The colours a Kik Code can be drawn in, with their wire ids and the hex colour of each. */
    public enum Color {
        /** 0, {@code #42B4E6}; the default. */
        KIK_BLUE(0, "#42B4E6"),
        /** 1, {@code #42DFD8}. */
        TURQUOISE(1, "#42DFD8"),
        /** 2, {@code #24D7A7}. */
        MINT(2, "#24D7A7"),
        /** 3, {@code #25912B}. */
        FOREST(3, "#25912B"),
        /** 4, {@code #87D300}. */
        KIK_GREEN(4, "#87D300"),
        /** 5, {@code #F8CB1C}. */
        SUNSHINE(5, "#F8CB1C"),
        /** 6, {@code #FC971B}. */
        ORANGE_CREAMSICLE(6, "#FC971B"),
        /** 7, {@code #F9703A}. */
        BLOOD_ORANGE(7, "#F9703A"),
        /** 8, {@code #F7373C}. */
        CANDY_APPLE_RED(8, "#F7373C"),
        /** 9, {@code #F88585}. */
        SALMON(9, "#F88585"),
        /** 10, {@code #F767C3}. */
        CORAL(10, "#F767C3"),
        /** 11, {@code #940D65}. */
        CRANBERRY(11, "#940D65"),
        /** 12, {@code #CB94FF}. */
        LAVENDER(12, "#CB94FF"),
        /** 13, {@code #8737F8}. */
        ROYAL_PURPLE(13, "#8737F8"),
        /** 14, {@code #353CD4}. */
        MARINE(14, "#353CD4"),
        /** 15, {@code #5D7687}. */
        STEEL(15, "#5D7687");

        private final int id;
        private final String hex;

        Color(int id, String hex) {
            this.id = id;
            this.hex = hex;
        }

        /** @return the colour's id, the value of the {@code c} URL parameter */
        public int id() {
            return id;
        }

        /** @return the colour as {@code #RRGGBB} */
        public String hex() {
            return hex;
        }

        /**
         * @param id a colour id, 0 to 15
         * @return the colour
         * @throws IllegalArgumentException for an id no colour has
         */
        public static Color byId(int id) {
            for (Color color : values()) {
                if (color.id == id) {
                    return color;
                }
            }
            throw new IllegalArgumentException("No Kik Code colour has id " + id + " (0 to 15)");
        }
    }
}
