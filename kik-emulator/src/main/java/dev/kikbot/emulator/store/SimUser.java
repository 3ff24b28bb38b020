package dev.kikbot.emulator.store;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A simulated Kik user: the profile {@code GET /v1/user/{username}} gives bots.
 *
 * @param profilePicLastModified when the picture last changed, in seconds since the epoch (the unit of the
 *     SDKs' fixtures)
 */
public record SimUser(String username, String firstName, String lastName, Optional<String> profilePicUrl,
        OptionalLong profilePicLastModified, Optional<String> timezone) {

    /** Checks that every field is given (optional ones as empty). */
    public SimUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(profilePicUrl, "profilePicUrl");
        Objects.requireNonNull(profilePicLastModified, "profilePicLastModified");
        Objects.requireNonNull(timezone, "timezone");
    }
}
