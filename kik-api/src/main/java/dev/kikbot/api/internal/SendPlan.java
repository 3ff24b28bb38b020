package dev.kikbot.api.internal;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits messages into requests that respect the send limits, in as few requests as the limits allow,
 * keeping each recipient's messages in their order. Internal: not part of the public API.
 *
 * <p>Each request is filled one message at a time from the recipient with the most messages left (the
 * first one seen on a tie), up to the per-recipient and per-request limits. Serving the longest queue first
 * is what reaches the lower bound {@code max(ceil(n / perRequest), ceil(longest queue / perRecipient))}:
 * filling in arrival order can leave one long queue for many small requests at the end.
 */
public final class SendPlan {

    private SendPlan() {
    }

    /**
     * @param recipients the recipient of each message, by message index
     * @param perRequest the most messages in one request
     * @param perRecipient the most messages to one recipient in one request
     * @return the requests, each a list of message indexes in ascending order
     */
    public static List<List<Integer>> split(List<String> recipients, int perRequest, int perRecipient) {
        if (perRequest < 1 || perRecipient < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        Map<String, Deque<Integer>> queues = new LinkedHashMap<>();
        for (int i = 0; i < recipients.size(); i++) {
            queues.computeIfAbsent(recipients.get(i), r -> new ArrayDeque<>()).add(i);
        }
        List<Deque<Integer>> pending = new ArrayList<>(queues.values());
        List<List<Integer>> requests = new ArrayList<>();
        int left = recipients.size();
        while (left > 0) {
            List<Integer> request = new ArrayList<>();
            int[] taken = new int[pending.size()];
            while (request.size() < perRequest) {
                int longest = -1;
                for (int q = 0; q < pending.size(); q++) {
                    if (taken[q] < perRecipient && !pending.get(q).isEmpty()
                            && (longest < 0 || pending.get(q).size() > pending.get(longest).size())) {
                        longest = q;
                    }
                }
                if (longest < 0) {
                    break;
                }
                request.add(pending.get(longest).poll());
                taken[longest]++;
            }
            Collections.sort(request);
            requests.add(request);
            left -= request.size();
        }
        return requests;
    }

    /**
     * @param count how many messages
     * @param perRequest the most messages in one request
     * @return consecutive chunks of message indexes
     */
    public static List<List<Integer>> chunks(int count, int perRequest) {
        List<List<Integer>> requests = new ArrayList<>();
        for (int start = 0; start < count; start += perRequest) {
            List<Integer> request = new ArrayList<>();
            for (int i = start; i < Math.min(count, start + perRequest); i++) {
                request.add(i);
            }
            requests.add(request);
        }
        return requests;
    }
}
