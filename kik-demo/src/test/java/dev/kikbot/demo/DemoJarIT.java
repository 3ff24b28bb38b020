package dev.kikbot.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The README's command, on the jar the build made: {@code java -jar kik-demo/target/kik-demo.jar demo} starts
 * (everything it needs is in the jar), prints the page's URL, serves the sample users, and stops cleanly on
 * SIGTERM, as on Ctrl-C.
 */
@Timeout(60)
class DemoJarIT {

    private static final Pattern URL = Pattern.compile("open (http://127\\.0\\.0\\.1:\\d+)/ in a browser");

    @Test
    void theJarStartsTheDemoAndStopsOnSigterm() throws Exception {
        Path jar = Path.of("target", "kik-demo.jar");
        assertThat(jar).exists();
        Path errors = Files.createTempFile("kik-demo", ".err");
        Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "demo", "--port", "0").redirectError(errors.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(demo.getInputStream(),
                StandardCharsets.UTF_8))) {
            List<String> printed = new ArrayList<>();
            Matcher url = null;
            for (String line = out.readLine(); line != null && url == null; line = out.readLine()) {
                printed.add(line);
                Matcher match = URL.matcher(line);
                url = match.find() ? match : null;
            }
            assertThat(url).as("printed %s; stderr: %s", printed, Files.readString(errors)).isNotNull();

            JsonNode users = new Control(url.group(1)).get("/users").get("users");
            assertThat(users.findValuesAsText("username")).contains("alice", "bob");

            demo.destroy(); // SIGTERM
            assertThat(demo.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(demo.exitValue()).isIn(0, 143);
            assertThat(Files.readString(errors)).isEmpty();
        } finally {
            demo.destroyForcibly();
            Files.deleteIfExists(errors);
        }
    }
}
