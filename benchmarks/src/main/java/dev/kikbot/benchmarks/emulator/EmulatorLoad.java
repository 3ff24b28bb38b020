package dev.kikbot.benchmarks.emulator;

import dev.kikbot.api.Configuration;
import dev.kikbot.api.KikApi;
import dev.kikbot.bot.Bot;
import dev.kikbot.bot.BotServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Emulator speed: simulated users say texts through the control API, a kik-bot echo bot answers each through
 * the Bot API, and a round trip ends when the user's long poll sees the echo stored. The emulator runs on an
 * SQLite file, as its jar ({@code --jar}) or in this JVM.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.kikbot.benchmarks.emulator.EmulatorLoad \
 *     --jar kik-emulator/target/kik-emulator.jar --users 32 --warmup 25 --seconds 15 [--rate 500]
 * </pre>
 *
 * <p>Without {@code --rate} each user says its next text as soon as the last one is echoed (the most the
 * machine does); with it, texts are said at that fixed total rate (half of it during the warm-up) whatever the
 * answers, and each round trip is timed from when its text was due, so a stall shows in the latencies rather
 * than lowering the rate.
 * Prints one {@code EMULATOR-LOAD} line of results.
 */
public final class EmulatorLoad {

    private static final String BOT = "loadecho";
    private static final String KEY = "7c0e8f52-3b4a-4c6d-9e1f-2a3b4c5d6e7f";
    private static final int SENDERS = 64;

    /** What to run. {@code rate} 0 is closed loop; {@code jar} null runs the emulator in this JVM. */
    public record Options(int users, int warmupSeconds, int seconds, int rate, Path jar, List<String> emulatorJvm) {
    }

    /** What a run measured. RSS is the emulator's own with a jar, this whole JVM's without. */
    public record Result(int roundTrips, double perSecond, double p50Millis, double p99Millis, long failures,
            int unanswered, double startupMillis, long rssKib, long peakRssKib, double emulatorCpuMillisPerRoundTrip,
            double loadCpuMillisPerRoundTrip) {

        String line(Options options) {
            return String.format("EMULATOR-LOAD users=%d rate=%s seconds=%d round_trips=%d round_trips_per_s=%.0f"
                    + " p50_ms=%.2f p99_ms=%.2f failures=%d unanswered=%d startup_ms=%.0f rss_mib=%.0f"
                    + " peak_rss_mib=%.0f emulator_cpu_ms_per_rt=%.2f rest_cpu_ms_per_rt=%.2f emulator=%s",
                    options.users(), options.rate() == 0 ? "max"
                    : Integer.toString(options.rate()), options.seconds(), roundTrips, perSecond, p50Millis,
                    p99Millis, failures, unanswered, startupMillis, rssKib / 1024.0, peakRssKib / 1024.0,
                    emulatorCpuMillisPerRoundTrip, loadCpuMillisPerRoundTrip, options.jar() == null ? "in-process" : "jar");
        }
    }

    private EmulatorLoad() {
    }

    public static void main(String[] args) throws Exception {
        Options options = parse(args);
        System.out.println(run(options).line(options));
    }

    /** Runs the load once, on a fresh database file deleted afterwards. */
    public static Result run(Options options) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("emulator-load");
        Path database = dir.resolve("emulator.db");
        try (EmulatorUnderTest emulator = options.jar() == null
                ? EmulatorUnderTest.inProcess(database, BOT, KEY)
                : EmulatorUnderTest.jar(options.jar(), options.emulatorJvm(), database, BOT, KEY)) {
            KikApi kik = KikApi.builder(BOT, KEY).baseUrl(emulator.url()).build();
            try (Bot bot = Bot.builder(kik).onText((message, ctx) -> ctx.reply(message.body().orElse(""))).build()) {
                BotServer server = bot.serve("127.0.0.1", 0);
                kik.setConfiguration(Configuration.builder().webhook(server.url() + "/incoming").build());
                return measure(options, emulator);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static Result measure(Options options, EmulatorUnderTest emulator) throws IOException,
            InterruptedException {
        Latencies latencies = new Latencies();
        Users users = new Users(emulator.url(), BOT, options.users(), latencies);
        AtomicBoolean watching = new AtomicBoolean(true);
        AtomicBoolean saying = new AtomicBoolean(true);
        List<Thread> watchers = new ArrayList<>();
        for (int u = 0; u < users.count(); u++) {
            int user = u;
            watchers.add(start("watch-" + u, () -> users.watch(user, watching::get)));
        }
        List<Thread> sayers = new ArrayList<>();
        // Enough senders that the driver keeps the rate while each send waits tens of milliseconds for its 201.
        ExecutorService senders = options.rate() == 0 ? null : Executors.newFixedThreadPool(SENDERS);
        if (senders == null) {
            for (int u = 0; u < users.count(); u++) {
                int user = u;
                sayers.add(start("user-" + u, () -> closedLoop(users, user, saying::get)));
            }
        } else {
            long warm = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.warmupSeconds());
            sayers.add(start("pacer", () -> openLoop(users, options.rate(), warm, senders, saying::get)));
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(options.warmupSeconds()));
        long start = System.nanoTime();
        long emulatorCpu = emulator.cpuMillis();
        long ownCpu = EmulatorUnderTest.cpu(ProcessHandle.current().pid());
        latencies.window(start, start + TimeUnit.SECONDS.toNanos(options.seconds()));
        Thread.sleep(TimeUnit.SECONDS.toMillis(options.seconds()));
        long[] rss = emulator.rssKib();
        emulatorCpu = emulator.cpuMillis() - emulatorCpu;
        ownCpu = EmulatorUnderTest.cpu(ProcessHandle.current().pid()) - ownCpu;
        saying.set(false);
        for (Thread thread : sayers) {
            thread.join(15_000);
        }
        if (senders != null) {
            senders.shutdown();
            senders.awaitTermination(15, TimeUnit.SECONDS);
        }
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                users.outstanding() > 0 && System.nanoTime() < deadline; ) {
            Thread.sleep(10); // the last texts' echoes
        }
        watching.set(false);
        for (Thread thread : watchers) {
            thread.join(15_000);
        }
        users.close();
        return new Result(latencies.count(), latencies.count() / (double) options.seconds(), latencies.millis(0.50),
                latencies.millis(0.99), users.failures.get(), users.outstanding(), emulator.startupMillis(), rss[0],
                rss[1], emulatorCpu / (double) Math.max(1, latencies.count()),
                options.jar() == null ? Double.NaN : ownCpu / (double) Math.max(1, latencies.count()));
    }

    private static void closedLoop(Users users, int user, BooleanSupplier running) {
        try {
            for (long n = 0; running.getAsBoolean(); n++) {
                if (users.say(user, n, System.nanoTime())) {
                    users.awaitReply(user, Duration.ofSeconds(10));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Says texts at {@code rate} per second in all, round the users, each timed from when it was due; at half
     * that rate until {@code warmUntil} (nanoTime), so that a backlog made while the JVMs are still compiling
     * does not carry over into the measured window as seconds of latency.
     */
    private static void openLoop(Users users, int rate, long warmUntil, ExecutorService senders,
            BooleanSupplier running) {
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long next = System.nanoTime();
        try {
            for (long i = 0; running.getAsBoolean(); i++) {
                long due = next;
                next += due < warmUntil ? 2 * period : period;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                int user = (int) (i % users.count());
                long n = i / users.count();
                senders.execute(() -> {
                    try {
                        users.say(user, n, due);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread start(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static Options parse(String[] args) {
        int users = 64;
        int warmup = 5;
        int seconds = 15;
        int rate = 0;
        Path jar = null;
        List<String> jvm = List.of();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--users" -> users = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--seconds" -> seconds = Integer.parseInt(value);
                case "--rate" -> rate = Integer.parseInt(value);
                case "--jar" -> jar = Paths.get(value);
                case "--emulator-jvm" -> jvm = Arrays.asList(value.trim().split("\\s+"));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; known: --users N"
                        + " --warmup S --seconds S --rate PER_SECOND --jar kik-emulator.jar --emulator-jvm \"OPTS\"");
            }
            i++;
        }
        return new Options(users, warmup, seconds, rate, jar, jvm);
    }
}
