package dev.kikbot.bot;

import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.OutgoingRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Runs incoming messages down the bot's routes, readies what handlers send (outgoing hooks, then the send
 * rules), and reports what fails. Owns the routes, the hooks and the error path; knows nothing of HTTP.
 */
final class Dispatcher {

    private final Bot bot;
    private final List<Route<?>> routes;
    private final List<OutgoingHook> hooks;
    private final ErrorReporter errors;
    private final Outbox outbox;
    private final ScheduledExecutorService timer;
    private final Duration maxReplyDelay;

    Dispatcher(Bot bot, List<Route<?>> routes, List<OutgoingHook> hooks, ErrorReporter errors, Outbox outbox,
            ScheduledExecutorService timer, Duration maxReplyDelay) {
        this.bot = bot;
        this.routes = List.copyOf(routes);
        this.hooks = List.copyOf(hooks);
        this.errors = errors;
        this.outbox = outbox;
        this.timer = timer;
        this.maxReplyDelay = maxReplyDelay;
    }

    /**
     * Handles the messages of one webhook request, in order, on the calling thread.
     *
     * @return completes (never fails) once every reply made was accepted or reported as failed
     */
    CompletableFuture<Void> handle(List<Message> messages) {
        ReplyBatch batch = new ReplyBatch(outbox, timer, maxReplyDelay);
        for (Message message : messages) {
            Context context = new Context(bot, this, message, batch);
            try {
                for (Route<?> route : routes) {
                    var match = route.match(message);
                    if (match.isEmpty()) {
                        continue;
                    }
                    context.enter(match.get().orElse(null));
                    route.run(message, context);
                    if (!context.continues()) {
                        break;
                    }
                }
            } catch (Exception | LinkageError | AssertionError e) {
                // A handler that waited on a failed reply and rethrew it was already reported, as the reply.
                if (!batch.failedWith(ErrorReporter.unwrap(e))) {
                    errors.handlerFailed(message, e);
                }
            }
        }
        return batch.close();
    }

    /**
     * Sends messages outside any webhook request.
     *
     * @return completes when all were accepted or dropped by a hook; fails with the first failure
     */
    CompletableFuture<Void> send(List<? extends Message> messages) {
        List<Message> ready;
        try {
            ready = prepare(messages);
        } catch (RuntimeException invalid) {
            errors.sendFailed(null, null, invalid);
            return CompletableFuture.failedFuture(invalid);
        }
        List<Outbox.Item> items = new ArrayList<>();
        for (Message message : ready) {
            items.add(new Outbox.Item(message, null, new CompletableFuture<>()));
        }
        outbox.submit(items);
        return CompletableFuture.allOf(items.stream().map(Outbox.Item::sent).toArray(CompletableFuture[]::new));
    }

    /**
     * Runs the outgoing hooks, then checks the send rules, so a bad message fails where it was made.
     *
     * @return the messages to send; those a hook dropped are left out
     * @throws dev.kikbot.api.KikValidationException naming the message, the field and the rule
     */
    List<Message> prepare(List<? extends Message> messages) {
        if (messages.stream().anyMatch(Objects::isNull)) {
            OutgoingRules.validate(messages); // names the null by its index
        }
        List<Message> ready = new ArrayList<>(messages.size());
        for (Message message : messages) {
            process(message).ifPresent(ready::add);
        }
        OutgoingRules.validate(ready);
        return ready;
    }

    ErrorReporter errors() {
        return errors;
    }

    private Optional<Message> process(Message message) {
        Optional<Message> current = Optional.of(message);
        for (OutgoingHook hook : hooks) {
            current = hook.apply(current.get());
            if (current == null || current.isEmpty()) {
                return Optional.empty();
            }
        }
        return current;
    }
}
