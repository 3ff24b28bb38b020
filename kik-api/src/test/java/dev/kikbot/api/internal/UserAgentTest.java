package dev.kikbot.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The version in the User-Agent comes from the filtered resource, and its absence is not fatal. */
class UserAgentTest {

    @Test
    void theVersionIsReadFromTheProperties() {
        byte[] file = "# a comment\nversion=1.2.3\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(UserAgent.version(new ByteArrayInputStream(file))).isEqualTo("1.2.3");
    }

    @Test
    void aMissingFileOrEntryGivesUnknown() {
        assertThat(UserAgent.version(null)).isEqualTo("unknown");
        assertThat(UserAgent.version(new ByteArrayInputStream(new byte[0]))).isEqualTo("unknown");
    }

    @Test
    void theBuildFilteredTheShippedFile() {
        assertThat(UserAgent.VERSION).isEqualTo(System.getProperty("kikbot.projectVersion"))
                .doesNotContain("${");
    }
}
