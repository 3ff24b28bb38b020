package dev.kikbot.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Splitting sends: limits kept, order per recipient kept, and no more requests than the limits force. */
class SendPlanTest {

    @Test
    void fillingInArrivalOrderWouldNeedThreeRequestsButTwoAreEnough() {
        List<String> recipients = new ArrayList<>();
        for (String user : List.of("b1", "c1", "d1", "e1", "f1")) {
            for (int i = 0; i < 5; i++) {
                recipients.add(user);
            }
        }
        for (int i = 0; i < 10; i++) {
            recipients.add("a1");
        }
        List<List<Integer>> plan = SendPlan.split(recipients, 25, 5);
        assertThat(plan).hasSize(2);
        assertValid(recipients, plan, 25, 5);
    }

    @Test
    void sixRecipientsWithSixMessagesEachFitTwoRequests() {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            for (String user : List.of("u1", "u2", "u3", "u4", "u5", "u6")) {
                recipients.add(user);
            }
        }
        assertThat(SendPlan.split(recipients, 25, 5)).hasSize(2);
    }

    @Test
    void oneRecipientIsSentFiveAtATimeInOrder() {
        List<String> recipients = java.util.Collections.nCopies(12, "aleem");
        assertThat(SendPlan.split(recipients, 25, 5)).containsExactly(
                List.of(0, 1, 2, 3, 4), List.of(5, 6, 7, 8, 9), List.of(10, 11));
    }

    @Test
    void nothingToSendIsNoRequest() {
        assertThat(SendPlan.split(List.of(), 25, 5)).isEmpty();
        assertThat(SendPlan.chunks(0, 100)).isEmpty();
    }

    @Test
    void broadcastChunksOfAHundred() {
        assertThat(SendPlan.chunks(102, 100)).extracting(List::size).containsExactly(100, 2);
    }

    @RepeatedTest(200)
    void randomSendsReachTheLowerBound() {
        Random random = new Random();
        int users = 1 + random.nextInt(12);
        int count = random.nextInt(120);
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            recipients.add("user" + random.nextInt(users));
        }
        List<List<Integer>> plan = SendPlan.split(recipients, 25, 5);
        assertValid(recipients, plan, 25, 5);
        int longest = recipients.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting())).values()
                .stream().mapToInt(Long::intValue).max().orElse(0);
        int lowerBound = Math.max((count + 24) / 25, (longest + 4) / 5);
        assertThat(plan).as("requests for %s", recipients).hasSize(lowerBound);
    }

    private static void assertValid(List<String> recipients, List<List<Integer>> plan, int perRequest,
            int perRecipient) {
        List<Integer> all = new ArrayList<>();
        Map<String, Integer> lastSent = new HashMap<>();
        for (List<Integer> request : plan) {
            assertThat(request).isNotEmpty().hasSizeLessThanOrEqualTo(perRequest).isSorted();
            Map<String, Long> perUser = request.stream()
                    .collect(Collectors.groupingBy(recipients::get, Collectors.counting()));
            assertThat(perUser.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(perRecipient));
            for (int index : request) {
                assertThat(lastSent.getOrDefault(recipients.get(index), -1)).isLessThan(index);
                lastSent.put(recipients.get(index), index);
            }
            all.addAll(request);
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.range(0, recipients.size()).boxed().toList());
    }
}
