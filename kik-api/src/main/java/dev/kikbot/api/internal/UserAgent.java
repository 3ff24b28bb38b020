package dev.kikbot.api.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The {@code User-Agent} of every request, such as {@code kikbot-java/0.1.0 (kik-api; Java 17.0.15)}: with
 * the library's and Java's versions, whoever reads the API's logs can tell which clients misbehave.
 */
final class UserAgent {

    /** The version the build wrote into {@code version.properties}. */
    static final String VERSION = version(UserAgent.class.getResourceAsStream("version.properties"));

    static final String VALUE = "kikbot-java/" + VERSION + " (kik-api; Java " + System.getProperty("java.version")
            + ")";

    private UserAgent() {
    }

    /**
     * @param properties the filtered {@code version.properties}, or null when it is missing
     * @return its version; {@code unknown} when missing, since a repackaged jar that lost the file should
     *     still send requests
     */
    static String version(InputStream properties) {
        if (properties == null) {
            return "unknown";
        }
        Properties values = new Properties();
        try (InputStream in = properties) {
            values.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values.getProperty("version", "unknown");
    }
}
