package dev.kikbot.demo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kikbot.demo.Demo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code java -jar kik-demo.jar demo ...}: what it prints when it starts, and one line when it cannot. */
class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Integer> statusesWhileRunning = new ArrayList<>();

    private int run(String... args) {
        CommandLine command = KikDemoCommand.commandLine((Demo demo) -> statusesWhileRunning.add(status(demo)));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private static int status(Demo demo) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(demo.url()
                    + "/emulator/v1/bots/showcase")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void demoPrintsThePagesUrlAndRunsTheBot() {
        assertThat(run("demo", "--port", "0")).isZero();

        assertThat(out.toString()).containsPattern("open http://127\\.0\\.0\\.1:\\d+/ in a browser")
                .contains("bot showcase (webhook http://127.0.0.1:").contains("users alice and bob")
                .contains("database :memory:");
        assertThat(statusesWhileRunning).containsExactly(200);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void helpAndVersionNameTheCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: kik-demo").contains("demo");
        assertThat(run("demo", "--help")).isZero();
        assertThat(out.toString()).contains("--port").contains("--host").contains("--db");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).containsPattern("kik-demo \\d+\\.\\d+");
    }

    @Test
    void withoutACommandItShowsUsageAndExitCode2() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: kik-demo");
        assertThat(statusesWhileRunning).isEmpty();
    }

    @Test
    void aPortInUseIsOneLineAndExitCode2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(run("demo", "--port", Integer.toString(taken.getLocalPort()))).isEqualTo(2);
        }
        assertThat(err.toString().strip().lines()).hasSize(1).allMatch(line -> line.startsWith("kik-demo: ")
                && line.contains("in use"));
        assertThat(statusesWhileRunning).isEmpty();
    }

    @Test
    void aBadArgumentIsOneLineAndExitCode2() {
        assertThat(run("demo", "--port", "eighty")).isEqualTo(2);
        assertThat(run("demo", "--frobnicate")).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(2).allMatch(line -> line.startsWith("kik-demo: "));
        assertThat(out.toString()).isEmpty();
    }
}
