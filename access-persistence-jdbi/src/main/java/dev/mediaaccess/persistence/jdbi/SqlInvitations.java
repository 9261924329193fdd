package dev.mediaaccess.persistence.jdbi;

import static dev.mediaaccess.persistence.jdbi.Columns.enumValue;
import static dev.mediaaccess.persistence.jdbi.Columns.instant;
import static dev.mediaaccess.persistence.jdbi.Columns.nanos;
import static dev.mediaaccess.persistence.jdbi.Columns.optional;
import static dev.mediaaccess.persistence.jdbi.Columns.optionalInstant;
import static dev.mediaaccess.persistence.jdbi.Columns.optionalString;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.invitation.model.InvitationId;
import dev.mediaaccess.core.invitation.model.InvitationStatus;
import dev.mediaaccess.core.invitation.model.Invitations;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.secret.TokenDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

final class SqlInvitations implements Invitations {
    static final String FIND = "SELECT * FROM invitation WHERE tenant = :tenant AND id = :id";
    static final String FIND_BY_TOKEN_DIGEST = "SELECT * FROM invitation WHERE token_digest = :digest";
    static final String LIST_FOR_MEDIA = """
            SELECT * FROM invitation WHERE tenant = :tenant AND media = :media ORDER BY created_at, id""";
    static final String MARK_ACCEPTED = """
            UPDATE invitation SET status = 'ACCEPTED', accepted_at = :at, member = :member
            WHERE tenant = :tenant AND id = :id AND status = 'PENDING'""";

    private static final RowMapper<Invitation> INVITATION = (row, ctx) -> new Invitation(
            InvitationId.of(row.getString("id")),
            TenantId.of(row.getString("tenant")),
            MediaId.of(row.getString("media")),
            new EmailAddress(row.getString("email")),
            enumValue(row, "role", Role.class),
            optionalString(row, "message"),
            new DisplayName(row.getString("invited_by")),
            new TokenDigest(row.getString("token_digest")),
            enumValue(row, "status", InvitationStatus.class),
            instant(row, "created_at"),
            instant(row, "expires_at"),
            optionalInstant(row, "accepted_at"),
            optional(row, "member", ParticipantId::of));

    private final ThreadBoundTransactions transactions;
    private final UniqueViolations uniqueViolations;
    private final AnyOf manyEmails;
    private final String pendingByEmails;

    SqlInvitations(ThreadBoundTransactions transactions, SqlDialect dialect) {
        this.transactions = transactions;
        this.uniqueViolations = new UniqueViolations(dialect);
        this.manyEmails = dialect.manyEmails();
        this.pendingByEmails = pendingByEmails(dialect);
    }

    static String pendingByEmails(SqlDialect dialect) {
        return "SELECT * FROM invitation WHERE tenant = :tenant AND media = :media AND status = 'PENDING' AND "
                + dialect.manyEmails().condition("email", "emails");
    }

    @Override
    public void addAll(Collection<Invitation> invitations) {
        if (invitations.isEmpty()) {
            return;
        }
        uniqueViolations.asConflicts("another pending invitation holds one of these emails",
                () -> transactions.write(() -> transactions.withHandle(handle -> insert(handle, invitations))));
    }

    private static int[] insert(Handle handle, Collection<Invitation> invitations) {
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO invitation (tenant, id, media, email, role, message, invited_by, token_digest, status,
                                        created_at, expires_at, accepted_at, member)
                VALUES (:tenant, :id, :media, :email, :role, :message, :invitedBy, :tokenDigest, :status,
                        :createdAt, :expiresAt, :acceptedAt, :member)""");
        invitations.forEach(invitation -> bind(batch, invitation).add());
        return batch.execute();
    }

    @Override
    public Optional<Invitation> find(TenantId tenant, InvitationId id) {
        return transactions.withHandle(handle -> handle.createQuery(FIND)
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map(INVITATION)
                .findOne());
    }

    @Override
    public Optional<Invitation> findByTokenDigest(TokenDigest digest) {
        return transactions.withHandle(handle -> handle.createQuery(FIND_BY_TOKEN_DIGEST)
                .bind("digest", digest.value())
                .map(INVITATION)
                .findOne());
    }

    @Override
    public List<Invitation> findPending(TenantId tenant, MediaId media, Collection<EmailAddress> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        List<String> values = emails.stream().map(EmailAddress::value).toList();
        List<Invitation> pending = new ArrayList<>();
        for (List<String> group : manyEmails.groups(values)) {
            pending.addAll(transactions.withHandle(handle -> manyEmails
                    .bind(handle.createQuery(pendingByEmails), "emails", group)
                    .bind("tenant", tenant.value())
                    .bind("media", media.value())
                    .map(INVITATION)
                    .list()));
        }
        return pending;
    }

    @Override
    public List<Invitation> listForMedia(TenantId tenant, MediaId media) {
        return transactions.withHandle(handle -> handle.createQuery(LIST_FOR_MEDIA)
                .bind("tenant", tenant.value())
                .bind("media", media.value())
                .map(INVITATION)
                .list());
    }

    @Override
    public void updateAll(Collection<Invitation> invitations) {
        if (invitations.isEmpty()) {
            return;
        }
        transactions.atomically(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    UPDATE invitation
                    SET media = :media, email = :email, role = :role, message = :message, invited_by = :invitedBy,
                        token_digest = :tokenDigest, status = :status, created_at = :createdAt,
                        expires_at = :expiresAt, accepted_at = :acceptedAt, member = :member
                    WHERE tenant = :tenant AND id = :id""");
            invitations.forEach(invitation -> bind(batch, invitation).add());
            return batch.execute();
        });
    }

    /** One conditional write: of racing acceptances, the database lets exactly one change a PENDING row. */
    @Override
    public boolean markAccepted(TenantId tenant, InvitationId id, Instant at, ParticipantId member) {
        return transactions.withHandle(handle -> handle.createUpdate(MARK_ACCEPTED)
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .bind("at", nanos(at))
                .bind("member", member.value())
                .execute()) == 1;
    }

    private static PreparedBatch bind(PreparedBatch batch, Invitation invitation) {
        return batch
                .bind("tenant", invitation.tenant().value())
                .bind("id", invitation.id().value())
                .bind("media", invitation.media().value())
                .bind("email", invitation.email().value())
                .bind("role", invitation.role().name())
                .bind("message", invitation.message().orElse(null))
                .bind("invitedBy", invitation.invitedBy().value())
                .bind("tokenDigest", invitation.tokenDigest().value())
                .bind("status", invitation.status().name())
                .bind("createdAt", nanos(invitation.createdAt()))
                .bind("expiresAt", nanos(invitation.expiresAt()))
                .bind("acceptedAt", nanos(invitation.acceptedAt()))
                .bind("member", Columns.text(invitation.member()));
    }
}
