package dev.kikbot.emulator.store;

/** Which way a message went: from a user (or the platform) to the bot, or from the bot to a user. */
public enum Direction {
    TO_BOT("to-bot"),
    FROM_BOT("from-bot");

    private final String wire;

    Direction(String wire) {
        this.wire = wire;
    }

    /** @return the name used in the database and the control API: {@code to-bot} or {@code from-bot} */
    public String wire() {
        return wire;
    }

    /** @return the direction of a stored name */
    public static Direction ofWire(String wire) {
        for (Direction direction : values()) {
            if (direction.wire.equals(wire)) {
                return direction;
            }
        }
        throw new IllegalArgumentException("not a direction: " + wire);
    }
}
