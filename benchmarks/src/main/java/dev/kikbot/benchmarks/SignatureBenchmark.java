package dev.kikbot.benchmarks;

import dev.kikbot.api.KikSignature;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Verifying a webhook's {@code X-Kik-Signature}, against its limit: the same HMAC-SHA1 written by hand with
 * {@code javax.crypto.Mac} from the same inputs (API key, header, body), then a hex compare.
 */
@State(Scope.Benchmark)
public class SignatureBenchmark {

    @Param({"1024", "65536"})
    public int size;

    private byte[] body;
    private String header;

    @Setup
    public void load() {
        body = Inputs.signedBody(size);
        header = KikSignature.sign(Inputs.API_KEY, body);
    }

    @Benchmark
    public boolean kikbot() {
        return KikSignature.verify(Inputs.API_KEY, header, body);
    }

    @Benchmark
    public boolean limitBareMac() throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(Inputs.API_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return HexFormat.of().formatHex(mac.doFinal(body)).equalsIgnoreCase(header);
    }
}
