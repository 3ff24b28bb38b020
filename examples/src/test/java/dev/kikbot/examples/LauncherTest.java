package dev.kikbot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kikbot.bot.Bot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The examples start where they are told, and a mistake is one clear line, not a stack trace. */
class LauncherTest {

    private static final Function<Settings, Bot> ECHO = settings -> EchoBot.create(settings.kikApi());

    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);

    private String printed() {
        return errors.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMissingArgumentIsOneLine() {
        assertThat(Launcher.start(new String[0], Map.of(), ECHO, err)).isEmpty();
        assertThat(printed()).isEqualTo("Give the bot's username and API key: --username NAME --api-key KEY "
                + "(or KIK_BOT_USERNAME and KIK_API_KEY)" + System.lineSeparator());
    }

    @Test
    void aPortInUseIsOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String[] args = {"--username", "echobot", "--api-key", "k", "--port", String.valueOf(taken.getLocalPort())};
            assertThat(Launcher.start(args, Map.of(), ECHO, err)).isEmpty();
            assertThat(printed()).startsWith("Could not listen on 127.0.0.1:" + taken.getLocalPort() + ": ")
                    .contains("in use").hasLineCount(1);
        }
    }

    @Test
    void servesOnTheChosenHostAndPort() {
        String[] args = {"--username", "echobot", "--api-key", "k", "--host", "127.0.0.1", "--port", "0"};
        Optional<Launcher.Started> started = Launcher.start(args, Map.of(), ECHO, err);
        assertThat(started).hasValueSatisfying(s -> assertThat(s.server().url()).startsWith("http://127.0.0.1:"));
        started.get().bot().close();
        assertThat(printed()).isEmpty();
    }
}
