package dev.mediaaccess.persistence.jdbi;

import static dev.mediaaccess.persistence.jdbi.Columns.enumValue;
import static dev.mediaaccess.persistence.jdbi.Columns.instant;
import static dev.mediaaccess.persistence.jdbi.Columns.nanos;
import static dev.mediaaccess.persistence.jdbi.Columns.optional;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.invitation.model.InvitationId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.participant.model.ParticipantKind;
import dev.mediaaccess.core.participant.model.ParticipantStatus;
import dev.mediaaccess.core.participant.model.Participants;
import dev.mediaaccess.core.storage.ConflictingWrite;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

final class SqlParticipants implements Participants {
    static final String FIND = "SELECT * FROM participant WHERE tenant = :tenant AND id = :id";
    static final String FIND_GUEST = """
            SELECT * FROM participant WHERE tenant = :tenant AND link = :link AND email = :email""";
    static final String FIND_MEMBER = """
            SELECT * FROM participant
            WHERE tenant = :tenant AND media = :media AND email = :email AND kind = 'MEMBER'""";
    static final String LIST_FOR_MEDIA = """
            SELECT * FROM participant WHERE tenant = :tenant AND media = :media ORDER BY joined_at, id""";
    static final String LIST_MEMBERSHIPS = """
            SELECT * FROM participant
            WHERE tenant = :tenant AND email = :email AND kind = 'MEMBER' ORDER BY joined_at, id""";

    private static final RowMapper<Participant> PARTICIPANT = (row, ctx) -> new Participant(
            ParticipantId.of(row.getString("id")),
            TenantId.of(row.getString("tenant")),
            MediaId.of(row.getString("media")),
            enumValue(row, "kind", ParticipantKind.class),
            new DisplayName(row.getString("name")),
            new EmailAddress(row.getString("email")),
            enumValue(row, "role", Role.class),
            enumValue(row, "status", ParticipantStatus.class),
            optional(row, "link", GuestLinkId::of),
            optional(row, "invitation", InvitationId::of),
            optional(row, "user_id", UserId::of),
            instant(row, "joined_at"));

    private final ThreadBoundTransactions transactions;
    private final String add;

    SqlParticipants(ThreadBoundTransactions transactions, SqlDialect dialect) {
        this.transactions = transactions;
        this.add = dialect.insertUnlessDuplicate("""
                INSERT INTO participant (tenant, id, media, kind, name, email, role, status, link, invitation, user_id,
                                         joined_at)
                VALUES (:tenant, :id, :media, :kind, :name, :email, :role, :status, :link, :invitation, :user,
                        :joinedAt)""");
    }

    /**
     * An insert that skips a duplicate rather than one that fails: a unique violation would abort a whole PostgreSQL
     * transaction, while this leaves it usable for a caller that handles the refusal.
     */
    @Override
    public void add(Participant participant) {
        int inserted = transactions.withHandle(handle -> bind(handle.createUpdate(add), participant).execute());
        if (inserted == 0) {
            throw new ConflictingWrite("a participant with id " + participant.id() + ", or a "
                    + participant.kind().name().toLowerCase(Locale.ROOT) + " with this email, already exists");
        }
    }

    @Override
    public Optional<Participant> find(TenantId tenant, ParticipantId id) {
        return transactions.withHandle(handle -> handle.createQuery(FIND)
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map(PARTICIPANT)
                .findOne());
    }

    @Override
    public Optional<Participant> findGuest(TenantId tenant, GuestLinkId link, EmailAddress email) {
        return transactions.withHandle(handle -> handle.createQuery(FIND_GUEST)
                .bind("tenant", tenant.value())
                .bind("link", link.value())
                .bind("email", email.value())
                .map(PARTICIPANT)
                .findOne());
    }

    @Override
    public Optional<Participant> findMember(TenantId tenant, MediaId media, EmailAddress email) {
        return transactions.withHandle(handle -> handle.createQuery(FIND_MEMBER)
                .bind("tenant", tenant.value())
                .bind("media", media.value())
                .bind("email", email.value())
                .map(PARTICIPANT)
                .findOne());
    }

    @Override
    public List<Participant> listForMedia(TenantId tenant, MediaId media) {
        return transactions.withHandle(handle -> handle.createQuery(LIST_FOR_MEDIA)
                .bind("tenant", tenant.value())
                .bind("media", media.value())
                .map(PARTICIPANT)
                .list());
    }

    @Override
    public List<Participant> listMemberships(TenantId tenant, EmailAddress email) {
        return transactions.withHandle(handle -> handle.createQuery(LIST_MEMBERSHIPS)
                .bind("tenant", tenant.value())
                .bind("email", email.value())
                .map(PARTICIPANT)
                .list());
    }

    @Override
    public void update(Participant participant) {
        transactions.withHandle(handle -> bind(handle.createUpdate("""
                UPDATE participant
                SET media = :media, kind = :kind, name = :name, email = :email, role = :role, status = :status,
                    link = :link, invitation = :invitation, user_id = :user, joined_at = :joinedAt
                WHERE tenant = :tenant AND id = :id"""), participant).execute());
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Participant participant) {
        return statement
                .bind("tenant", participant.tenant().value())
                .bind("id", participant.id().value())
                .bind("media", participant.media().value())
                .bind("kind", participant.kind().name())
                .bind("name", participant.name().value())
                .bind("email", participant.email().value())
                .bind("role", participant.role().name())
                .bind("status", participant.status().name())
                .bind("link", Columns.text(participant.link()))
                .bind("invitation", Columns.text(participant.invitation()))
                .bind("user", Columns.text(participant.user()))
                .bind("joinedAt", nanos(participant.joinedAt()));
    }
}
