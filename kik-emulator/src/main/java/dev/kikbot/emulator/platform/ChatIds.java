package dev.kikbot.emulator.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Chat ids as Kik's looked: 64 lower-case hex characters. */
final class ChatIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ChatIds() {
    }

    /** @return the id of a new group: random, since a group is not defined by who is in it */
    static String group() {
        byte[] id = new byte[32];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    /**
     * @return the id of the direct chat between a bot and a user: the SHA-256 of both names, so the same
     *     pair always has the same chat, across restarts and resets
     */
    static String direct(String bot, String user) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            // A separator no username can hold keeps ("ab", "c") apart from ("a", "bc").
            byte[] digest = sha256.digest(("direct\n" + bot + "\n" + user).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
