package dev.mediaaccess.benchmarks.diagnostics;

import dev.mediaaccess.benchmarks.invite.BulkInviteBenchmark;
import dev.mediaaccess.benchmarks.invite.RawInvitationBatch;
import dev.mediaaccess.benchmarks.support.BenchDatabase;
import dev.mediaaccess.benchmarks.support.SharedMedia;
import dev.mediaaccess.benchmarks.support.UniqueEmails;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a SAVEPOINT around a bulk insert costs SQLite: the JDBI adapter runs a port's write nested in a use case's
 * write under a savepoint, and SQLite then journals every page the insert first touches. Alternates 10,000-row
 * invitation batches with and without a savepoint inside BEGIN IMMEDIATE, on one raw connection, and prints the
 * sorted times of the insert phase (COMMIT excluded).
 *
 * <pre>java -cp ... dev.mediaaccess.benchmarks.diagnostics.SavepointCost [DEFAULT|MEMORY]   (PRAGMA temp_store)</pre>
 */
public final class SavepointCost {
    private static final String INSERT = """
            INSERT INTO invitation (tenant, id, media, email, role, message, invited_by, token_digest, status,
                                    created_at, expires_at, accepted_at, member)
            VALUES (?, ?, ?, ?, 'VIEWER', NULL, 'Bench Owner', ?, 'PENDING', 1, 2, NULL, NULL)""";

    private SavepointCost() {}

    public static void main(String[] args) throws Exception {
        String tempStore = args.length > 0 ? args[0] : "DEFAULT";
        try (BenchDatabase db = BenchDatabase.open(BenchDatabase.Kind.SQLITE);
             Connection connection = db.rawConnection();
             Statement s = connection.createStatement()) {
            s.execute("PRAGMA temp_store = " + tempStore);
            SharedMedia shared = SharedMedia.on(db.storage());
            List<Double> with = new ArrayList<>();
            List<Double> without = new ArrayList<>();
            for (int round = 0; round < 24; round++) {
                boolean savepoint = round % 2 == 0;
                List<String> emails = new ArrayList<>();
                for (int i = 0; i < BulkInviteBenchmark.INVITEES; i++) {
                    emails.add(UniqueEmails.next());
                }
                List<RawInvitationBatch.Row> rows = RawInvitationBatch.rows(emails);
                long began = System.nanoTime();
                s.execute("BEGIN IMMEDIATE");
                if (savepoint) {
                    s.execute("SAVEPOINT nested_write_1");
                }
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    for (RawInvitationBatch.Row row : rows) {
                        insert.setString(1, SharedMedia.TENANT.value());
                        insert.setString(2, row.id());
                        insert.setString(3, shared.media.id().value());
                        insert.setString(4, row.email());
                        insert.setString(5, row.digest());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                if (savepoint) {
                    s.execute("RELEASE SAVEPOINT nested_write_1");
                }
                long inserted = System.nanoTime();
                s.execute("COMMIT");
                (savepoint ? with : without).add((inserted - began) / 1e6);
            }
            Collections.sort(with);
            Collections.sort(without);
            System.out.printf("temp_store=%s, 12 batches of 10,000 rows each way, insert phase in ms (sorted)%n", tempStore);
            System.out.printf("with savepoint:    median %.0f  %s%n", median(with), with);
            System.out.printf("without savepoint: median %.0f  %s%n", median(without), without);
        }
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return (sorted.get((n - 1) / 2) + sorted.get(n / 2)) / 2;
    }
}
