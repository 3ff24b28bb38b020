package dev.kikbot.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kikbot.emulator.BotAccount;
import dev.kikbot.emulator.Emulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code java -jar kik-emulator.jar ...}: what it prints when it starts, and one line when it cannot. */
class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<BotAccount> seen = new ArrayList<>();

    private int run(String... args) {
        CommandLine command = EmulatorCommand.commandLine((Emulator emulator) -> seen.addAll(emulator.bots()));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void itPrintsItsUrlAndEachBotWithItsKey() {
        int code = run("--port", "0", "--db", ":memory:", "--bot", "echo:my-key:http://127.0.0.1:8081/incoming",
                "--bot", "quiet", "--bot", "other::http://127.0.0.1:9/in");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Kik emulator listening on http://127.0.0.1:")
                .contains("bot echo  apiKey my-key  webhook http://127.0.0.1:8081/incoming")
                .contains("bot quiet  apiKey ");
        assertThat(seen).extracting(BotAccount::username).containsExactly("echo", "other", "quiet");
        assertThat(seen.get(1).apiKey()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(seen.get(1).webhook()).contains("http://127.0.0.1:9/in");
        assertThat(seen.get(2).webhook()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBadArgumentIsOneLineAndExitCode2() {
        assertThat(run("--bot", "no-dashes:key")).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1).allMatch(line -> line.contains("no-dashes"));

        assertThat(run("--port", "eighty")).isEqualTo(2);
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aPortInUseIsOneLineAndExitCode2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int code = run("--port", Integer.toString(taken.getLocalPort()), "--db", ":memory:");

            assertThat(code).isEqualTo(2);
            assertThat(err.toString().strip().lines()).hasSize(1)
                    .allMatch(line -> line.contains("port is in use") && line.contains("" + taken.getLocalPort()));
        }
    }

    @Test
    void helpAndVersionAnswer() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--port").contains("--bot").contains("--db");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("kik-emulator 0.1.0");
    }
}
