package dev.mediaaccess.benchmarks.tokens;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.mediaaccess.core.common.PublicUrls;
import dev.mediaaccess.core.secret.HostSecret;
import dev.mediaaccess.core.secret.TokenDigest;
import dev.mediaaccess.core.secret.TokenSource;
import dev.mediaaccess.core.secret.Tokens;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The per-request token work of the core, as the production wiring does it ({@link TokenSource#secureRandom()}):
 * minting a bearer token, verifying one (digest, then constant-time compare with the stored digest), and deriving
 * a guest link URL from its seed. {@link #rawSha256} is the baseline: a bare JDK SHA-256 of the same token.
 * Run at -t 1 and -t 2; the target is 2 threads at least 1.5 times one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenWorkBenchmark {
    private Tokens tokens;
    private PublicUrls urls;
    private String token;
    private TokenDigest stored;
    private String seed;

    @Setup
    public void setUp() {
        TokenSource source = TokenSource.secureRandom();
        tokens = new Tokens(source, HostSecret.generate(source));
        urls = PublicUrls.of("https://media.bench.example");
        token = tokens.mint();
        stored = tokens.digest(token);
        seed = tokens.newSeed();
    }

    @Benchmark
    public String mint() {
        return tokens.mint();
    }

    @Benchmark
    public boolean verify() {
        return Tokens.looksLikeToken(token) && Tokens.same(tokens.digest(token), stored);
    }

    @Benchmark
    public URI guestLinkUrl() {
        return urls.guestLink(tokens.guestLinkToken(seed));
    }

    /** Baseline: the SHA-256 that {@link #verify} is built on, with nothing around it. */
    @Benchmark
    public byte[] rawSha256() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(token.getBytes(UTF_8));
    }
}
