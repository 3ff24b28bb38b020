import dev.kikbot.api.KikApi;
import dev.kikbot.bot.Bot;
import dev.kikbot.bot.BotBuilder;
import dev.kikbot.bot.KikBotServlet;
import dev.kikbot.examples.EchoBot;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The Java targets of the webhook-echo load test, each on 127.0.0.1 only, with the library's defaults:
 *
 * <ul>
 *   <li>{@code serve-echo}: {@link EchoBot} on the bot's own server, {@code bot.serve}.
 *   <li>{@code serve-nohandler}: the limit of {@code bot.serve}: a bot without handlers and without the
 *       signature check, so the server and the body parsing run, but no handler and no reply.
 *   <li>{@code servlet-echo}: {@link EchoBot} as {@link KikBotServlet} in Jetty 12 (async supported).
 *   <li>{@code servlet-nohandler}: the same with the bot of {@code serve-nohandler}.
 *   <li>{@code jetty-servlet-bare}: the same Jetty and servlet stack, with a servlet that reads the body and
 *       answers 200 OK.
 *   <li>{@code jetty-handler-bare}: a plain Jetty (core) handler that reads the body and answers 200 OK.
 * </ul>
 *
 * <p>{@code java LoadTarget MODE PORT API_URL USERNAME API_KEY}; runs until killed. For experiments only,
 * {@code -Dload.maxConcurrentSends=N} builds the echo bots with that many {@code /v1/message} calls in
 * flight instead of the library's default, and {@code -Dload.acknowledgeFirst=true} with
 * {@code acknowledgeBeforeHandling()} (200 before the reply is sent, as kik-node does); the handler is
 * {@link EchoBot}'s.
 */
public final class LoadTarget {

    private static final byte[] OK = "OK".getBytes(StandardCharsets.UTF_8);
    private static final String TEXT = "text/plain; charset=utf-8";

    private LoadTarget() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: LoadTarget MODE PORT API_URL USERNAME API_KEY");
            System.exit(2);
        }
        String mode = args[0];
        int port = Integer.parseInt(args[1]);
        KikApi kik = KikApi.builder(args[3], args[4]).baseUrl(args[2]).build();
        switch (mode) {
            case "serve-echo" -> echo(kik).serve("127.0.0.1", port);
            case "serve-nohandler" -> noHandlers(kik).serve("127.0.0.1", port);
            case "servlet-echo" -> jetty(port, servlet(new KikBotServlet(echo(kik))));
            case "servlet-nohandler" -> jetty(port, servlet(new KikBotServlet(noHandlers(kik))));
            case "jetty-servlet-bare" -> jetty(port, servlet(new BareServlet()));
            case "jetty-handler-bare" -> jetty(port, new BareHandler());
            default -> {
                System.err.println("unknown mode " + mode);
                System.exit(2);
            }
        }
        System.out.println("LoadTarget " + mode + " on http://127.0.0.1:" + port + " (pid " + ProcessHandle.current().pid() + ")");
        new CountDownLatch(1).await(); // until killed
    }

    private static Bot echo(KikApi kik) {
        String sends = System.getProperty("load.maxConcurrentSends");
        boolean acknowledgeFirst = Boolean.getBoolean("load.acknowledgeFirst");
        if (sends == null && !acknowledgeFirst) {
            return EchoBot.create(kik);
        }
        BotBuilder builder = Bot.builder(kik).onText((message, context) -> context.reply(message.body().orElse("")));
        if (sends != null) {
            builder.maxConcurrentSends(Integer.parseInt(sends));
        }
        if (acknowledgeFirst) {
            builder.acknowledgeBeforeHandling();
        }
        return builder.build();
    }

    private static Bot noHandlers(KikApi kik) {
        return Bot.builder(kik).skipSignatureCheckForTestingOnly().build();
    }

    private static Handler servlet(HttpServlet servlet) {
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder holder = new ServletHolder(servlet);
        holder.setAsyncSupported(true);
        context.addServlet(holder, "/*");
        return context;
    }

    private static void jetty(int port, Handler handler) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(handler);
        server.start();
    }

    /** Reads the body and answers 200 OK, as the webhook does, with nothing in between. */
    static final class BareServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            request.getInputStream().readAllBytes();
            response.setStatus(200);
            response.setContentType(TEXT);
            response.setContentLength(OK.length);
            response.getOutputStream().write(OK);
        }
    }

    /** Reads the body and answers 200 OK on Jetty's own API, without servlets. */
    static final class BareHandler extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Content.Source.consumeAll(request, Callback.from(() -> {
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, TEXT);
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, OK.length);
                response.write(true, ByteBuffer.wrap(OK), callback);
            }, callback::failed));
            return true;
        }
    }
}
