import com.sun.net.httpserver.HttpServer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

/**
 * How many threads the JDK's HttpClient starts per call, with {@code sendAsync} (as kik-api's ApiTransport
 * calls it) and with the blocking {@code send}, with and without an executor of the client's own. On a
 * machine whose common pool has a parallelism below two (two CPUs or fewer, unless
 * {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism} says otherwise), CompletableFuture's
 * default executor starts a new thread for every task, and {@code sendAsync} hands its completion to it.
 *
 * <p>{@code java AsyncHopCheck [calls]}: against a server of its own on 127.0.0.1. It counts threads only;
 * its timings would mean nothing (the JDK's little server answers slowly).
 */
public final class AsyncHopCheck {

    private AsyncHopCheck() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        byte[] ok = "{}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/v1/message", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/message");
        HttpRequest request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("{\"messages\":[]}"))
                .header("Content-Type", "application/json").build();
        System.out.printf("availableProcessors=%d, common pool parallelism=%d%n",
                Runtime.getRuntime().availableProcessors(), ForkJoinPool.getCommonPoolParallelism());

        ExecutorService own = Executors.newFixedThreadPool(4);
        HttpClient plain = HttpClient.newHttpClient();
        HttpClient withExecutor = HttpClient.newBuilder().executor(own).build();
        measure("sendAsync, default client (as kik-api)", calls, () -> plain.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).join());
        measure("sendAsync, client with its own executor", calls, () -> withExecutor.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).join());
        measure("send (blocking), default client", calls, () -> plain.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        measure("send (blocking), client with its own executor", calls, () -> withExecutor.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        own.shutdown();
        server.stop(0);
        System.exit(0);
    }

    interface Call {
        void run() throws Exception;
    }

    private static void measure(String name, int calls, Call call) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20; i++) {
            call.run(); // connections and classes in place first
        }
        long started = threads.getTotalStartedThreadCount();
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        double perCall = (double) (threads.getTotalStartedThreadCount() - started) / calls;
        System.out.printf("%-48s %5.2f threads started per call%n", name, perCall);
    }
}
