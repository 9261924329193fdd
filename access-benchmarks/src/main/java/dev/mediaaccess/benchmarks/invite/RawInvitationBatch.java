package dev.mediaaccess.benchmarks.invite;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The baseline for a bulk invitation: the same rows the core stores for it (one invitation row and one audit row
 * per invitee), prepared beforehand, written with plain JDBC {@code executeBatch} in one transaction.
 */
public final class RawInvitationBatch {
    private static final String INVITATION = """
            INSERT INTO invitation (tenant, id, media, email, role, message, invited_by, token_digest, status,
                                    created_at, expires_at, accepted_at, member)
            VALUES (?, ?, ?, ?, 'VIEWER', NULL, 'Bench Owner', ?, 'PENDING', ?, ?, NULL, NULL)""";
    private static final String AUDIT = """
            INSERT INTO audit_event (tenant, media, at, action, actor, subject, link, invitation, participant, reason)
            VALUES (?, ?, ?, 'INVITATION_SENT', 'user:bench-owner', ?, NULL, ?, NULL, 'VIEWER')""";
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Row(String id, String email, String digest) {}

    private RawInvitationBatch() {}

    public static List<Row> rows(List<String> emails) {
        List<Row> rows = new ArrayList<>(emails.size());
        byte[] digest = new byte[32];
        for (String email : emails) {
            RANDOM.nextBytes(digest);
            rows.add(new Row(UUID.randomUUID().toString(), email, Base64.getUrlEncoder().withoutPadding().encodeToString(digest)));
        }
        return rows;
    }

    public static int write(Connection connection, String tenant, String media, List<Row> rows) throws SQLException {
        Instant now = Instant.now();
        long created = nanos(now);
        long expires = nanos(now.plus(Duration.ofDays(7)));
        connection.setAutoCommit(false);
        try (PreparedStatement invitations = connection.prepareStatement(INVITATION);
             PreparedStatement audit = connection.prepareStatement(AUDIT)) {
            for (Row row : rows) {
                invitations.setString(1, tenant);
                invitations.setString(2, row.id());
                invitations.setString(3, media);
                invitations.setString(4, row.email());
                invitations.setString(5, row.digest());
                invitations.setLong(6, created);
                invitations.setLong(7, expires);
                invitations.addBatch();
                audit.setString(1, tenant);
                audit.setString(2, media);
                audit.setLong(3, created);
                audit.setString(4, row.email());
                audit.setString(5, row.id());
                audit.addBatch();
            }
            int written = invitations.executeBatch().length + audit.executeBatch().length;
            connection.commit();
            return written;
        } catch (SQLException | RuntimeException failure) {
            connection.rollback();
            throw failure;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static long nanos(Instant at) {
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }
}
