package dev.kikbot.api.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message that can carry keyboards: text, link, picture and video. Several keyboards may be attached;
 * the Kik client shows the first one meant for the user who reads it.
 */
public abstract sealed class KeyboardMessage extends Message permits TextMessage, AttributableMessage {

    private final List<Keyboard> keyboards;

    KeyboardMessage(Builder<?, ?> builder) {
        super(builder);
        this.keyboards = List.copyOf(builder.keyboards);
    }

    /** @return the attached keyboards, in order; empty if none */
    public List<Keyboard> keyboards() {
        return keyboards;
    }

    void writeKeyboards(FieldSink out) {
        out.put("keyboards", keyboards.isEmpty() ? null : keyboards);
    }

    /**
     * Builds messages with keyboards, with the keyboard helpers of kik-node's {@code Message}.
     *
     * @param <M> the message type built
     * @param <B> the concrete builder
     */
    public abstract static class Builder<M extends KeyboardMessage, B extends Builder<M, B>>
            extends Message.Builder<M, B> {

        private final List<Keyboard> keyboards = new ArrayList<>();

        Builder(String type) {
            super(type);
        }

        Builder(KeyboardMessage message) {
            super(message);
            keyboards.addAll(message.keyboards);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        /**
         * @param keyboards replaces the keyboards
         * @return this builder
         */
        public B keyboards(List<? extends Keyboard> keyboards) {
            this.keyboards.clear();
            keyboards.forEach(this::addKeyboard);
            return self();
        }

        /**
         * @param keyboard appended to the keyboards
         * @return this builder
         */
        public B addKeyboard(Keyboard keyboard) {
            keyboards.add(Objects.requireNonNull(keyboard, "keyboard"));
            return self();
        }

        /**
         * Adds text responses the way kik-node's {@code addTextResponse} does: to the last suggested keyboard
         * meant for everyone (no {@code to}), or to a new, not hidden keyboard if there is none.
         *
         * @param bodies the texts of the responses
         * @return this builder
         */
        public B addTextResponses(String... bodies) {
            List<SuggestedResponse> responses = new ArrayList<>();
            for (String body : bodies) {
                responses.add(TextResponse.of(body));
            }
            for (int i = keyboards.size() - 1; i >= 0; i--) {
                if (keyboards.get(i) instanceof SuggestedResponseKeyboard keyboard && keyboard.to().isEmpty()) {
                    keyboards.set(i, append(keyboard, responses));
                    return self();
                }
            }
            keyboards.add(SuggestedResponseKeyboard.builder().hidden(false).responses(responses).build());
            return self();
        }

        /**
         * Adds responses the way kik-node's {@code addResponseKeyboard} does: merged into the suggested
         * keyboard with the same {@code to} and {@code hidden}, or appended as a new keyboard.
         *
         * @param responses the responses to add
         * @param hidden whether the keyboard starts hidden
         * @param to the only user who sees the keyboard, or null for everyone
         * @return this builder
         */
        public B addResponseKeyboard(List<? extends SuggestedResponse> responses, boolean hidden, String to) {
            for (int i = 0; i < keyboards.size(); i++) {
                if (keyboards.get(i) instanceof SuggestedResponseKeyboard keyboard
                        && keyboard.hidden() == hidden && keyboard.to().equals(Optional.ofNullable(to))) {
                    keyboards.set(i, append(keyboard, responses));
                    return self();
                }
            }
            keyboards.add(SuggestedResponseKeyboard.builder().to(to).hidden(hidden).responses(responses).build());
            return self();
        }

        /**
         * @param responses the responses to add
         * @param hidden whether the keyboard starts hidden
         * @param to the only user who sees the keyboard, or null for everyone
         * @return this builder
         * @see #addResponseKeyboard(List, boolean, String)
         */
        public B addResponseKeyboard(boolean hidden, String to, SuggestedResponse... responses) {
            return addResponseKeyboard(Arrays.asList(responses), hidden, to);
        }

        private static SuggestedResponseKeyboard append(SuggestedResponseKeyboard keyboard,
                List<? extends SuggestedResponse> responses) {
            List<SuggestedResponse> all = new ArrayList<>(keyboard.responses());
            all.addAll(responses);
            return keyboard.toBuilder().responses(all).build();
        }
    }
}
