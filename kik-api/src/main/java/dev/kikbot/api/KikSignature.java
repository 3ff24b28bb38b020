package dev.kikbot.api;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Kik-Signature} of webhook requests: the HMAC-SHA1 of the raw request body, keyed with the
 * bot's API key, as hex. Kik sent upper-case hex; verification accepts either case.
 *
 * <p>Always verify the raw bytes of the body, before parsing it: re-serialised JSON has other bytes.
 * Verification compares in constant time and treats a missing or malformed header as a mismatch.
 *
 * <pre>{@code
 * if (!KikSignature.verify(apiKey, request.header("X-Kik-Signature"), rawBody)) {
 *     return 403;
 * }
 * }</pre>
 */
public final class KikSignature {

    private static final String ALGORITHM = "HmacSHA1";
    private static final int SIGNATURE_HEX_LENGTH = 40;
    private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

    private KikSignature() {
    }

    /**
     * Signs a body as Kik signs webhook requests. Tests and emulators use it to produce valid requests.
     *
     * @param apiKey the bot's API key
     * @param body the exact bytes of the request body
     * @return 40 upper-case hex characters
     */
    public static String sign(String apiKey, byte[] body) {
        return UPPER_HEX.formatHex(hmac(apiKey, body));
    }

    /**
     * Signs the UTF-8 bytes of a body.
     *
     * @param apiKey the bot's API key
     * @param body the request body
     * @return 40 upper-case hex characters
     */
    public static String sign(String apiKey, String body) {
        return sign(apiKey, Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Checks a webhook request's signature.
     *
     * @param apiKey the bot's API key
     * @param header the {@code X-Kik-Signature} header as received; may be null
     * @param body the exact bytes of the request body; may be null
     * @return true only if the header is the hex HMAC-SHA1 of the body (either case)
     */
    public static boolean verify(String apiKey, String header, byte[] body) {
        Objects.requireNonNull(apiKey, "apiKey");
        if (header == null || body == null || header.length() != SIGNATURE_HEX_LENGTH) {
            return false;
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(header);
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(claimed, hmac(apiKey, body));
    }

    private static byte[] hmac(String apiKey, byte[] body) {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(body, "body");
        if (apiKey.isEmpty()) {
            throw new IllegalArgumentException("apiKey must not be empty");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(apiKey.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 is required of every Java platform", e);
        }
    }
}
