package dev.mediaaccess.benchmarks.invite;

import dev.mediaaccess.benchmarks.support.BenchDatabase;
import dev.mediaaccess.benchmarks.support.SharedMedia;
import dev.mediaaccess.benchmarks.support.UniqueEmails;
import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.invitation.application.InvitationRequest;
import dev.mediaaccess.core.invitation.application.InvitationView;
import dev.mediaaccess.core.invitation.application.Invitee;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 10,000 invitations in one {@code InvitationAccess.invite} call through the JDBI adapter, against raw JDBC
 * {@code executeBatch} of the same rows in one transaction ({@link #rawExecuteBatch}). Every call invites new
 * emails. Single-shot: each iteration is one call, so both do the same number of calls on an equally fresh database.
 * Target: invite at least 70% of the raw rate (raw time / invite time).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
public class BulkInviteBenchmark {
    public static final int INVITEES = 10_000;

    @State(Scope.Benchmark)
    public static class Shared {
        @Param({"SQLITE", "POSTGRESQL"})
        public BenchDatabase.Kind db;

        BenchDatabase database;
        SharedMedia shared;
        Connection raw;

        @Setup(Level.Trial)
        public void open() {
            database = BenchDatabase.open(db);
            shared = SharedMedia.on(database.storage());
            raw = database.rawConnection();
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            raw.close();
            database.close();
        }
    }

    /** The request, built outside the measurement. */
    @State(Scope.Thread)
    public static class Request {
        InvitationRequest request;

        @Setup(Level.Invocation)
        public void build() {
            request = InvitationRequest.of(newEmails().stream().map(email -> Invitee.of(email, Role.VIEWER)).toList());
        }
    }

    /** The raw rows, built outside the measurement. */
    @State(Scope.Thread)
    public static class Rows {
        List<RawInvitationBatch.Row> rows;

        @Setup(Level.Invocation)
        public void build() {
            rows = RawInvitationBatch.rows(newEmails());
        }
    }

    static List<String> newEmails() {
        List<String> emails = new ArrayList<>(INVITEES);
        for (int i = 0; i < INVITEES; i++) {
            emails.add(UniqueEmails.next());
        }
        return emails;
    }

    @Benchmark
    public List<InvitationView> invite(Shared s, Request r) {
        return s.shared.core.invitationManagement().invite(s.shared.owner, s.shared.media.id(), r.request);
    }

    @Benchmark
    public int rawExecuteBatch(Shared s, Rows r) throws SQLException {
        return RawInvitationBatch.write(s.raw, SharedMedia.TENANT.value(), s.shared.media.id().value(), r.rows);
    }
}
