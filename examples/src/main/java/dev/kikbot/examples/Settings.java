package dev.kikbot.examples;

import dev.kikbot.api.KikApi;
import java.util.Map;
import java.util.Optional;

/**
 * What an example bot needs to run, from {@code --name value} arguments or, failing those, environment
 * variables: the bot's username ({@code --username}, {@code KIK_BOT_USERNAME}), API key ({@code --api-key},
 * {@code KIK_API_KEY}), the API's base URL ({@code --api-url}, {@code KIK_API_URL}; the emulator's URL, or
 * {@code https://api.kik.com}), the address and port to serve the webhook on ({@code --host},
 * {@code KIK_BOT_HOST}; 127.0.0.1, so nothing outside this machine reaches it unless asked, and
 * {@code --port}, {@code PORT}; 8080), and
 * optionally the public webhook URL to register at start ({@code --webhook}, {@code KIK_WEBHOOK_URL}).
 *
 * @param username the bot's username
 * @param apiKey the bot's API key
 * @param apiUrl the API's base URL
 * @param host the address the webhook listens on
 * @param port the webhook's port
 * @param webhook the webhook URL to register, if any
 */
public record Settings(String username, String apiKey, String apiUrl, String host, int port,
        Optional<String> webhook) {

    /**
     * @param args command-line arguments
     * @param env environment variables
     * @return the settings
     * @throws IllegalArgumentException naming what is missing or malformed
     */
    public static Settings from(String[] args, Map<String, String> env) {
        String username = value(args, env, "--username", "KIK_BOT_USERNAME", null);
        String apiKey = value(args, env, "--api-key", "KIK_API_KEY", null);
        if (username == null || apiKey == null) {
            throw new IllegalArgumentException("Give the bot's username and API key: --username NAME --api-key KEY "
                    + "(or KIK_BOT_USERNAME and KIK_API_KEY)");
        }
        String apiUrl = value(args, env, "--api-url", "KIK_API_URL", "https://api.kik.com");
        String port = value(args, env, "--port", "PORT", "8080");
        try {
            return new Settings(username, apiKey, apiUrl, value(args, env, "--host", "KIK_BOT_HOST", "127.0.0.1"),
                    Integer.parseInt(port),
                    Optional.ofNullable(value(args, env, "--webhook", "KIK_WEBHOOK_URL", null)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, was '" + port + "'");
        }
    }

    /** @return a client of the API these settings name */
    public KikApi kikApi() {
        return KikApi.builder(username, apiKey).baseUrl(apiUrl).build();
    }

    private static String value(String[] args, Map<String, String> env, String flag, String variable, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(flag)) {
                return args[i + 1];
            }
        }
        String fromEnv = env.get(variable);
        return fromEnv == null || fromEnv.isBlank() ? fallback : fromEnv;
    }

    /** @return the settings without the API key, for logs */
    @Override
    public String toString() {
        return "Settings{username=" + username + ", apiUrl=" + apiUrl + ", host=" + host + ", port=" + port
                + ", webhook=" + webhook + "}";
    }
}
