package dev.mediaaccess.benchmarks.paired;

import dev.mediaaccess.benchmarks.invite.BulkInviteBenchmark;
import dev.mediaaccess.benchmarks.invite.RawInvitationBatch;
import dev.mediaaccess.benchmarks.scale.ScaleDatabase;
import dev.mediaaccess.benchmarks.support.BenchDatabase;
import dev.mediaaccess.benchmarks.support.RawPassSelect;
import dev.mediaaccess.benchmarks.support.SharedMedia;
import dev.mediaaccess.benchmarks.support.StoredDigests;
import dev.mediaaccess.benchmarks.support.UniqueEmails;
import dev.mediaaccess.core.AccessCore;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.PublicUrls;
import dev.mediaaccess.core.invitation.application.InvitationRequest;
import dev.mediaaccess.core.invitation.application.Invitee;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.secret.HostSecret;
import dev.mediaaccess.core.secret.TokenDigest;
import dev.mediaaccess.core.secret.TokenSource;
import dev.mediaaccess.core.secret.Tokens;
import dev.mediaaccess.persistence.jdbi.JdbiStorage;
import dev.mediaaccess.persistence.jdbi.Synchronous;
import dev.mediaaccess.testkit.memory.InMemoryStorage;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The paired (alternating) runs of every in-process suite; see {@link PairedRun}. One suite per call:
 * <pre>java -cp ... dev.mediaaccess.benchmarks.paired.PairedSuites SUITE</pre>
 * with SUITE one of {@code access-sqlite access-postgresql access-memory tokens join-sqlite join-postgresql
 * invite-sqlite invite-postgresql scale pool join-sqlite-synchronous mint-sources}. Timing: {@code -Dbench.rounds} (default 15), {@code -Dbench.sliceMs}
 * (500), {@code -Dbench.warmupMs} (3000).
 */
public final class PairedSuites {
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 15);
    private static final Duration SLICE = Duration.ofMillis(Integer.getInteger("bench.sliceMs", 500));
    private static final Duration WARMUP = Duration.ofMillis(Integer.getInteger("bench.warmupMs", 3000));

    private PairedSuites() {}

    public static void main(String[] args) throws Exception {
        String suite = args[0];
        switch (suite) {
            case "access-sqlite" -> accessJdbi(suite, BenchDatabase.Kind.SQLITE);
            case "access-postgresql" -> accessJdbi(suite, BenchDatabase.Kind.POSTGRESQL);
            case "access-memory" -> accessMemory(suite);
            case "tokens" -> tokens(suite);
            case "join-sqlite" -> join(suite, BenchDatabase.Kind.SQLITE);
            case "join-postgresql" -> join(suite, BenchDatabase.Kind.POSTGRESQL);
            case "invite-sqlite" -> invite(suite, BenchDatabase.Kind.SQLITE);
            case "invite-postgresql" -> invite(suite, BenchDatabase.Kind.POSTGRESQL);
            case "scale" -> scale(suite);
            case "pool" -> pool(suite);
            case "join-sqlite-synchronous" -> joinSynchronous(suite);
            case "mint-sources" -> mintSources(suite);
            default -> throw new IllegalArgumentException("unknown suite " + suite);
        }
        System.exit(0);
    }

    /** The access check through JDBI against a raw point select of the same row, each worker on its own connection. */
    private static void accessJdbi(String suite, BenchDatabase.Kind kind) {
        try (BenchDatabase db = BenchDatabase.open(kind)) {
            SharedMedia shared = SharedMedia.on(db.storage());
            Principal.PassHolder holder = Principal.pass(shared.passToken);
            MediaId media = shared.media.id();
            String digest = StoredDigests.of(shared.passToken).value();
            List<Contender> contenders = new ArrayList<>();
            Map<String, String> baselines = new LinkedHashMap<>();
            for (int threads : new int[] {1, 2}) {
                String check = "check t" + threads;
                String raw = "raw point select t" + threads;
                contenders.add(Contender.shared(check, threads, () -> shared.core.accessChecks().check(holder, media, Capability.VIEW)));
                contenders.add(Contender.of(raw, threads, worker -> {
                    RawPassSelect select = new RawPassSelect(db.rawConnection());
                    return () -> select.select(digest);
                }));
                baselines.put(check, raw);
            }
            run(suite, contenders, baselines);
        }
    }

    private static void accessMemory(String suite) {
        InMemoryStorage storage = InMemoryStorage.create();
        SharedMedia shared = SharedMedia.on(storage);
        Principal.PassHolder holder = Principal.pass(shared.passToken);
        MediaId media = shared.media.id();
        TokenDigest digest = StoredDigests.of(shared.passToken);
        List<Contender> contenders = new ArrayList<>();
        Map<String, String> baselines = new LinkedHashMap<>();
        for (int threads : new int[] {1, 2}) {
            String check = "check t" + threads;
            String lookup = "adapter lookup by digest t" + threads;
            contenders.add(Contender.shared(check, threads, () -> shared.core.accessChecks().check(holder, media, Capability.VIEW)));
            contenders.add(Contender.shared(lookup, threads, () -> storage.passes().findByTokenDigest(digest)));
            baselines.put(check, lookup);
        }
        run(suite, contenders, baselines);
    }

    /** Token work at 1 and 2 threads; each 2-thread contender's baseline is itself at 1 thread. */
    private static void tokens(String suite) {
        TokenSource source = TokenSource.secureRandom();
        Tokens tokens = new Tokens(source, HostSecret.generate(source));
        PublicUrls urls = PublicUrls.of(SharedMedia.BASE_URL);
        String token = tokens.mint();
        TokenDigest stored = tokens.digest(token);
        String seed = tokens.newSeed();
        byte[] tokenBytes = token.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Map<String, Op> work = new LinkedHashMap<>();
        work.put("mint", tokens::mint);
        work.put("verify", () -> Tokens.looksLikeToken(token) && Tokens.same(tokens.digest(token), stored));
        work.put("guest link URL", () -> urls.guestLink(tokens.guestLinkToken(seed)));
        work.put("raw SHA-256", () -> MessageDigest.getInstance("SHA-256").digest(tokenBytes));
        List<Contender> contenders = new ArrayList<>();
        Map<String, String> baselines = new LinkedHashMap<>();
        work.forEach((name, op) -> {
            contenders.add(Contender.shared(name + " t1", 1, op));
            contenders.add(Contender.shared(name + " t2", 2, op));
            baselines.put(name + " t2", name + " t1");
        });
        run(suite, contenders, baselines);
    }

    /**
     * Minting at 1 and 2 threads from one shared {@code SecureRandom} (what {@code TokenSource.secureRandom()} was)
     * and from {@code TokenSource.secureRandom()} as it is now, with a bare SHA-256 as the control of how much a
     * second thread can give on this machine at all. Each 2-thread contender's baseline is itself at 1 thread.
     */
    private static void mintSources(String suite) {
        java.security.SecureRandom shared = new java.security.SecureRandom();
        Map<String, Tokens> sources = new LinkedHashMap<>();
        sources.put("mint, one shared SecureRandom", new Tokens(shared::nextBytes, HostSecret.generate(TokenSource.secureRandom())));
        sources.put("mint, TokenSource.secureRandom()", new Tokens(TokenSource.secureRandom(), HostSecret.generate(TokenSource.secureRandom())));
        byte[] input = new byte[43];
        List<Contender> contenders = new ArrayList<>();
        Map<String, String> baselines = new LinkedHashMap<>();
        sources.forEach((name, tokens) -> {
            contenders.add(Contender.shared(name + " t1", 1, tokens::mint));
            contenders.add(Contender.shared(name + " t2", 2, tokens::mint));
            baselines.put(name + " t2", name + " t1");
        });
        contenders.add(Contender.shared("raw SHA-256 t1", 1, () -> MessageDigest.getInstance("SHA-256").digest(input)));
        contenders.add(Contender.shared("raw SHA-256 t2", 2, () -> MessageDigest.getInstance("SHA-256").digest(input)));
        baselines.put("raw SHA-256 t2", "raw SHA-256 t1");
        run(suite, contenders, baselines);
    }

    /** The whole guest join at 1, 2, 8 and 64 threads; each level's ratio is to the best level of its round. */
    private static void join(String suite, BenchDatabase.Kind kind) {
        try (BenchDatabase db = BenchDatabase.open(kind)) {
            SharedMedia shared = SharedMedia.on(db.storage());
            List<Contender> contenders = new ArrayList<>();
            for (int threads : new int[] {1, 2, 8, 64}) {
                contenders.add(Contender.shared("join t" + threads, threads, joinOp(shared)));
            }
            runAgainstBest(suite, contenders);
        }
    }

    /** 10,000 invitations in one call against raw executeBatch of the same rows; one call per slice. */
    private static void invite(String suite, BenchDatabase.Kind kind) throws Exception {
        try (BenchDatabase db = BenchDatabase.open(kind); Connection raw = db.rawConnection()) {
            SharedMedia shared = SharedMedia.on(db.storage());
            String tenant = SharedMedia.TENANT.value();
            String media = shared.media.id().value();
            Op invite = new Op() {
                InvitationRequest request;

                @Override
                public void prepare() {
                    request = InvitationRequest.of(emails().stream().map(email -> Invitee.of(email, Role.VIEWER)).toList());
                }

                @Override
                public Object run() {
                    return shared.core.invitationManagement().invite(shared.owner, shared.media.id(), request);
                }
            };
            Op batch = new Op() {
                List<RawInvitationBatch.Row> rows;

                @Override
                public void prepare() {
                    rows = RawInvitationBatch.rows(emails());
                }

                @Override
                public Object run() throws Exception {
                    return RawInvitationBatch.write(raw, tenant, media, rows);
                }
            };
            List<Contender> contenders = List.of(Contender.shared("invite 10,000", 1, invite),
                    Contender.shared("raw executeBatch 10,000", 1, batch));
            new PairedRun(suite, contenders, Duration.ofMillis(1), Duration.ofMillis(1), Integer.getInteger("bench.rounds", 10))
                    .run().save(Map.of("invite 10,000", "raw executeBatch 10,000"));
        }
    }

    /** The access check and the join on the cached 10k and 10M databases; each 10M contender against its 10k twin. */
    private static void scale(String suite) {
        List<Contender> contenders = new ArrayList<>();
        Map<String, String> baselines = new LinkedHashMap<>();
        List<BenchDatabase> open = new ArrayList<>();
        for (long size : new long[] {10_000, 10_000_000}) {
            ScaleDatabase cached = ScaleDatabase.cached(size);
            BenchDatabase db = BenchDatabase.existingSqlite(cached.file());
            open.add(db);
            AccessCore core = SharedMedia.wire(db.storage());
            Principal.PassHolder holder = Principal.pass(cached.passToken());
            MediaId media = MediaId.of(cached.mediaId());
            String label = size == 10_000 ? "10k" : "10M";
            contenders.add(Contender.shared("check " + label, 1, () -> core.accessChecks().check(holder, media, Capability.VIEW)));
            contenders.add(Contender.shared("join " + label, 1,
                    () -> core.guestJoining().join(cached.guestLinkToken(), "Scale Guest", UniqueEmails.next())));
        }
        baselines.put("check 10M", "check 10k");
        baselines.put("join 10M", "join 10k");
        try {
            run(suite, contenders, baselines);
        } finally {
            open.forEach(BenchDatabase::close);
        }
    }

    /** The join on SQLite at 8 threads, one database per pool size (0 = the shipped default). */
    private static void pool(String suite) {
        List<Contender> contenders = new ArrayList<>();
        List<BenchDatabase> open = new ArrayList<>();
        for (int size : new int[] {0, 1, 2, 4, 8}) {
            BenchDatabase db = BenchDatabase.open(BenchDatabase.Kind.SQLITE, size == 0 ? OptionalInt.empty() : OptionalInt.of(size));
            open.add(db);
            contenders.add(Contender.shared(size == 0 ? "join t8 default pool" : "join t8 pool " + size, 8,
                    joinOp(SharedMedia.on(db.storage()))));
        }
        try {
            runAgainstBest(suite, contenders);
        } finally {
            open.forEach(BenchDatabase::close);
        }
    }

    /**
     * Diagnostic: how much of a SQLite join is the commit's fsync. The join at 1 and 8 threads on the shipped
     * {@code Synchronous.FULL} (WAL synced at every commit) against {@code Synchronous.NORMAL} (synced at checkpoints).
     */
    private static void joinSynchronous(String suite) throws Exception {
        List<Contender> contenders = new ArrayList<>();
        Map<String, String> baselines = new LinkedHashMap<>();
        List<JdbiStorage> open = new ArrayList<>();
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("access-benchmarks/target/bench-db"));
        for (Synchronous mode : Synchronous.values()) {
            java.nio.file.Path file = dir.resolve("synchronous-" + mode + "-" + System.nanoTime() + ".db");
            JdbiStorage storage = JdbiStorage.sqlite(file).synchronous(mode).open();
            open.add(storage);
            SharedMedia shared = SharedMedia.on(storage);
            for (int threads : new int[] {1, 8}) {
                contenders.add(Contender.shared("join t" + threads + " " + mode, threads, joinOp(shared)));
            }
        }
        baselines.put("join t1 FULL", "join t1 NORMAL");
        baselines.put("join t8 FULL", "join t8 NORMAL");
        try {
            run(suite, contenders, baselines);
        } finally {
            open.forEach(JdbiStorage::close);
        }
    }

    private static Op joinOp(SharedMedia shared) {
        return () -> shared.core.guestJoining().join(shared.guestLinkToken, "Bench Guest", UniqueEmails.next());
    }

    private static List<String> emails() {
        List<String> emails = new ArrayList<>(BulkInviteBenchmark.INVITEES);
        for (int i = 0; i < BulkInviteBenchmark.INVITEES; i++) {
            emails.add(UniqueEmails.next());
        }
        return emails;
    }

    private static void run(String suite, List<Contender> contenders, Map<String, String> baselines) {
        new PairedRun(suite, contenders, WARMUP, SLICE, ROUNDS).run().save(baselines);
    }

    private static void runAgainstBest(String suite, List<Contender> contenders) {
        PairedRun run = new PairedRun(suite, contenders, WARMUP, SLICE, ROUNDS).run();
        String best = contenders.stream().map(Contender::name)
                .max((a, b) -> Double.compare(run.medianRate(a), run.medianRate(b))).orElseThrow();
        Map<String, String> baselines = new LinkedHashMap<>();
        contenders.forEach(c -> baselines.put(c.name(), best));
        run.save(baselines);
    }
}
