package dev.kikbot.demo;

import java.util.List;

/**
 * The demo's two users. No profile pictures: a remote one would not load offline, and the page draws
 * initials instead. alice's chat with the bot is opened, so the page has a conversation to show at once.
 */
final class SampleUsers {

    static final List<String> USERNAMES = List.of("alice", "bob");

    private SampleUsers() {
    }

    /** Creates alice and bob, unless a database kept from an earlier run has them, and opens alice's chat. */
    static void create(ControlClient control, String bot) {
        create(control, "alice", "Alice", "Liddell");
        create(control, "bob", "Bob", "Kane");
        expect(control.post("/chats", "{\"bot\":\"" + bot + "\",\"users\":[\"alice\"]}"), "alice's chat", 200, 201);
    }

    private static void create(ControlClient control, String username, String first, String last) {
        ControlClient.Answer answer = control.post("/users", "{\"username\":\"" + username + "\",\"firstName\":\""
                + first + "\",\"lastName\":\"" + last + "\",\"timezone\":\"America/Toronto\"}");
        expect(answer, "user " + username, 201, 409); // 409: kept from an earlier run
    }

    private static void expect(ControlClient.Answer answer, String what, int... statuses) {
        for (int status : statuses) {
            if (answer.status() == status) {
                return;
            }
        }
        throw new IllegalStateException("The emulator refused " + what + ": " + answer.status() + " " + answer.body());
    }
}
