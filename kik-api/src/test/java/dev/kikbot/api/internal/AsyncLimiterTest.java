package dev.kikbot.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The bound on tasks in flight, with tasks whose completion the test controls. */
class AsyncLimiterTest {

    private final List<String> started = new ArrayList<>();

    /** A task that records its start and finishes when the test completes the returned future. */
    private CompletableFuture<String> task(String name, List<CompletableFuture<String>> running) {
        CompletableFuture<String> finish = new CompletableFuture<>();
        running.add(finish);
        started.add(name);
        return finish;
    }

    @Test
    void tasksBeyondTheBoundWaitWithoutBlockingAndStartInArrivalOrder() {
        AsyncLimiter limiter = new AsyncLimiter(2);
        List<CompletableFuture<String>> running = new ArrayList<>();
        List<CompletableFuture<String>> results = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d", "e")) {
            results.add(limiter.submit(() -> task(name, running)));
        }
        assertThat(started).containsExactly("a", "b");
        assertThat(limiter.waiting()).isEqualTo(3);
        assertThat(results).noneMatch(CompletableFuture::isDone);

        running.get(1).complete("B");
        assertThat(started).containsExactly("a", "b", "c");
        assertThat(results.get(1)).isCompletedWithValue("B");
        running.get(0).completeExceptionally(new IllegalStateException("a failed"));
        assertThat(started).containsExactly("a", "b", "c", "d");
        assertThat(results.get(0)).isCompletedExceptionally();
        running.get(2).complete("C");
        running.get(3).complete("D");
        running.get(4).complete("E");
        assertThat(started).containsExactly("a", "b", "c", "d", "e");
        assertThat(results.stream().skip(1).map(CompletableFuture::join)).containsExactly("B", "C", "D", "E");
        assertThat(limiter.waiting()).isZero();
    }

    @Test
    void aTaskThatThrowsFailsItsFutureAndFreesItsPermit() {
        AsyncLimiter limiter = new AsyncLimiter(1);
        CompletableFuture<String> failed = limiter.submit(() -> {
            throw new IllegalArgumentException("cannot start");
        });
        assertThatThrownBy(failed::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertThat(limiter.submit(() -> CompletableFuture.completedFuture("next"))).isCompletedWithValue("next");
    }

    @Test
    void aPermitFreedWithNobodyWaitingIsReturned() {
        AsyncLimiter limiter = new AsyncLimiter(1);
        for (int i = 0; i < 3; i++) {
            String value = "run " + i;
            assertThat(limiter.submit(() -> CompletableFuture.completedFuture(value))).isCompletedWithValue(value);
        }
        assertThat(limiter.waiting()).isZero();
    }

    @Test
    void aLongQueueOfTasksThatFinishAtOnceRunsWithoutDeepRecursion() {
        AsyncLimiter limiter = new AsyncLimiter(1);
        CompletableFuture<String> first = new CompletableFuture<>();
        limiter.submit(() -> first);
        List<CompletableFuture<String>> queued = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            queued.add(limiter.submit(() -> CompletableFuture.completedFuture("done")));
        }
        first.complete("first");
        assertThat(queued).allMatch(result -> "done".equals(result.getNow(null)));
        assertThat(limiter.waiting()).isZero();
    }

    @Test
    void theBoundIsAtLeastOne() {
        assertThatThrownBy(() -> new AsyncLimiter(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("permits must be at least 1, was 0");
    }
}
