package dev.kikbot.bot;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The future of a reply that may still be waiting to be batched. Waiting on it (or on a stage derived from
 * it) sends the batch first, so a handler that blocks on its own reply does not wait for itself.
 */
final class ReplyFuture<T> extends CompletableFuture<T> {

    private final Runnable sendBatch;

    ReplyFuture(Runnable sendBatch) {
        this.sendBatch = sendBatch;
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        beforeWaiting();
        return super.get();
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        beforeWaiting();
        return super.get(timeout, unit);
    }

    @Override
    public T join() {
        beforeWaiting();
        return super.join();
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new ReplyFuture<>(sendBatch);
    }

    private void beforeWaiting() {
        if (!isDone()) {
            sendBatch.run();
        }
    }
}
