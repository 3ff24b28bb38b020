package dev.kikbot.benchmarks.emulator;

import dev.kikbot.emulator.Emulator;
import dev.kikbot.emulator.RateLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The emulator being measured: its runnable jar in a JVM of its own ({@code java -jar kik-emulator.jar}, so
 * its startup and memory are its own), or an {@link Emulator} in this JVM. Either way on an SQLite file,
 * with one bot and no rate limits (Kik's 100 messages per second per bot would be the ceiling otherwise).
 */
abstract class EmulatorUnderTest implements AutoCloseable {

    /** @return the base URL */
    abstract String url();

    /** @return milliseconds from launch to the first answer of the control API */
    abstract double startupMillis();

    /** @return the emulator's resident set size and its peak, in KiB, from /proc; the run's JVM when in process */
    abstract long[] rssKib();

    /** @return the CPU time the emulator has used, in ms, from /proc; the run's JVM when in process */
    abstract long cpuMillis();

    @Override
    public abstract void close();

    static EmulatorUnderTest inProcess(Path database, String bot, String apiKey) {
        long start = System.nanoTime();
        Emulator emulator = Emulator.builder().database(database).rateLimits(RateLimits.off())
                .bot(bot, apiKey, null).build().start();
        awaitFirstAnswer(emulator.url(), start, null);
        double millis = (System.nanoTime() - start) / 1e6;
        return new EmulatorUnderTest() {
            @Override
            String url() {
                return emulator.url();
            }

            @Override
            double startupMillis() {
                return millis;
            }

            @Override
            long[] rssKib() {
                return rss(ProcessHandle.current().pid());
            }

            @Override
            long cpuMillis() {
                return cpu(ProcessHandle.current().pid());
            }

            @Override
            public void close() {
                emulator.close();
            }
        };
    }

    static EmulatorUnderTest jar(Path jar, List<String> jvmOptions, Path database, String bot, String apiKey)
            throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new java.util.ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--port", Integer.toString(port), "--db",
                database.toString(), "--no-rate-limits", "--bot", bot + ":" + apiKey));
        Path log = Files.createTempFile("kik-emulator-load", ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String url = "http://127.0.0.1:" + port;
        awaitFirstAnswer(url, start, process);
        double millis = (System.nanoTime() - start) / 1e6;
        return new EmulatorUnderTest() {
            @Override
            String url() {
                return url;
            }

            @Override
            double startupMillis() {
                return millis;
            }

            @Override
            long[] rssKib() {
                return rss(process.pid());
            }

            @Override
            long cpuMillis() {
                return cpu(process.pid());
            }

            @Override
            public void close() {
                process.destroy();
                try {
                    if (!process.waitFor(10, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                    Files.deleteIfExists(log);
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Asks {@code GET /emulator/v1/bots} every 5 ms until it answers 200, for 60 s at most. */
    private static void awaitFirstAnswer(String url, long start, Process process) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/emulator/v1/bots"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60)) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("the emulator exited with " + process.exitValue());
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException("the emulator did not answer within 60 s at " + url);
    }

    /** @return user and system CPU time of the process in ms (at 100 clock ticks a second, Linux's USER_HZ) */
    static long cpu(long pid) {
        try {
            String stat = Files.readString(Paths.get("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return 0; // not Linux: no figure
        }
    }

    /** @return VmRSS and VmHWM of the process, in KiB; zeros where /proc has none */
    static long[] rss(long pid) {
        long[] kib = new long[2];
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    kib[0] = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("VmHWM:")) {
                    kib[1] = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no figures
        }
        return kib;
    }
}
