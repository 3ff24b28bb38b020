package dev.kikbot.bot;

import dev.kikbot.api.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A bounded cache of user profiles whose entries expire, in front of {@code GET /v1/user}. It keeps the
 * lookup in flight, so concurrent requests for one user make one call; failed lookups are not kept.
 */
final class UserCache {

    private record Entry(CompletableFuture<User> user, Instant expires) {
    }

    private final int maxEntries;
    private final Duration ttl;
    private final Clock clock;
    private final Function<String, CompletableFuture<User>> lookup;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    UserCache(int maxEntries, Duration ttl, Clock clock, Function<String, CompletableFuture<User>> lookup) {
        this.maxEntries = maxEntries;
        this.ttl = ttl;
        this.clock = clock;
        this.lookup = lookup;
    }

    CompletableFuture<User> get(String username) {
        String key = username.toLowerCase(java.util.Locale.ROOT);
        CompletableFuture<User> user;
        synchronized (this) {
            Entry entry = entries.get(key);
            if (entry != null && clock.instant().isBefore(entry.expires())) {
                return entry.user();
            }
            user = new CompletableFuture<>();
            entries.put(key, new Entry(user, clock.instant().plus(ttl)));
            trim();
        }
        lookup.apply(username).whenComplete((found, error) -> {
            if (error != null) {
                synchronized (this) {
                    Entry current = entries.get(key);
                    if (current != null && current.user() == user) {
                        entries.remove(key);
                    }
                }
                user.completeExceptionally(error);
            } else {
                user.complete(found);
            }
        });
        return user;
    }

    /** Drops the least recently used entries beyond the bound. */
    private void trim() {
        Iterator<String> eldestFirst = entries.keySet().iterator();
        while (entries.size() > maxEntries) {
            eldestFirst.next();
            eldestFirst.remove();
        }
    }
}
