package dev.kikbot.emulator.cli;

import dev.kikbot.api.message.OutgoingRules;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --bot name:apiKey[:webhookUrl]} option. The webhook URL has colons of its own, so only the first
 * two separate: {@code echo::http://127.0.0.1:8081/incoming} is a bot with a random key and that webhook.
 */
record BotOption(String username, Optional<String> apiKey, Optional<String> webhook) {

    /** Reads the option's value for picocli. */
    static final class Converter implements ITypeConverter<BotOption> {
        @Override
        public BotOption convert(String value) {
            String[] parts = value.split(":", 3);
            if (!OutgoingRules.isValidUsername(parts[0])) {
                throw new TypeConversionException("'" + parts[0] + "' is not a valid bot username ("
                        + OutgoingRules.USERNAME.pattern() + "); the form is name:apiKey[:webhookUrl]");
            }
            Optional<String> key = parts.length > 1 ? Optional.of(parts[1]).filter(k -> !k.isEmpty()) : Optional.empty();
            Optional<String> webhook = parts.length > 2 ? Optional.of(parts[2]).filter(w -> !w.isEmpty())
                    : Optional.empty();
            return new BotOption(parts[0], key, webhook);
        }
    }
}
