package dev.mediaaccess.persistence.jdbi;

import static dev.mediaaccess.persistence.jdbi.Columns.enumValue;
import static dev.mediaaccess.persistence.jdbi.Columns.instant;
import static dev.mediaaccess.persistence.jdbi.Columns.nanos;
import static dev.mediaaccess.persistence.jdbi.Columns.optional;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.pass.model.Pass;
import dev.mediaaccess.core.pass.model.PassId;
import dev.mediaaccess.core.pass.model.PassScope;
import dev.mediaaccess.core.pass.model.PassState;
import dev.mediaaccess.core.pass.model.Passes;
import dev.mediaaccess.core.secret.TokenDigest;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

final class SqlPasses implements Passes {
    static final String FIND_BY_TOKEN_DIGEST = "SELECT * FROM pass WHERE token_digest = :digest";
    static final String END_FOR_PARTICIPANT =
            "UPDATE pass SET state = 'ENDED' WHERE tenant = :tenant AND participant = :key AND state <> 'ENDED'";
    static final String END_FOR_LINK =
            "UPDATE pass SET state = 'ENDED' WHERE tenant = :tenant AND link = :key AND state <> 'ENDED'";
    static final String END_FOR_GUESTS_OF_MEDIA = """
            UPDATE pass SET state = 'ENDED'
            WHERE tenant = :tenant AND media = :key AND link IS NOT NULL AND state <> 'ENDED'""";
    static final String ACTIVATE = """
            UPDATE pass SET state = 'ACTIVE'
            WHERE tenant = :tenant AND participant = :participant AND state = 'WAITING'""";
    static final String CHANGE_ROLE = """
            UPDATE pass SET role = :role
            WHERE tenant = :tenant AND participant = :participant AND state IN ('ACTIVE', 'WAITING')""";

    private static final RowMapper<Pass> PASS = (row, ctx) -> new Pass(
            PassId.of(row.getString("id")),
            TenantId.of(row.getString("tenant")),
            MediaId.of(row.getString("media")),
            enumValue(row, "kind", MediaKind.class),
            ParticipantId.of(row.getString("participant")),
            enumValue(row, "role", Role.class),
            new TokenDigest(row.getString("token_digest")),
            enumValue(row, "state", PassState.class),
            optional(row, "link", GuestLinkId::of),
            instant(row, "issued_at"),
            instant(row, "expires_at"));

    private final ThreadBoundTransactions transactions;

    SqlPasses(ThreadBoundTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Pass pass) {
        transactions.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO pass (tenant, id, media, kind, participant, role, token_digest, state, link,
                                          issued_at, expires_at)
                        VALUES (:tenant, :id, :media, :kind, :participant, :role, :tokenDigest, :state, :link,
                                :issuedAt, :expiresAt)""")
                .bind("tenant", pass.tenant().value())
                .bind("id", pass.id().value())
                .bind("media", pass.media().value())
                .bind("kind", pass.kind().name())
                .bind("participant", pass.participant().value())
                .bind("role", pass.role().name())
                .bind("tokenDigest", pass.tokenDigest().value())
                .bind("state", pass.state().name())
                .bind("link", Columns.text(pass.link()))
                .bind("issuedAt", nanos(pass.issuedAt()))
                .bind("expiresAt", nanos(pass.expiresAt()))
                .execute());
    }

    @Override
    public Optional<Pass> findByTokenDigest(TokenDigest digest) {
        return transactions.withHandle(handle -> handle.createQuery(FIND_BY_TOKEN_DIGEST)
                .bind("digest", digest.value())
                .map(PASS)
                .findOne());
    }

    @Override
    public int end(TenantId tenant, PassScope scope) {
        String sql;
        String key;
        if (scope instanceof PassScope.OfParticipant of) {
            sql = END_FOR_PARTICIPANT;
            key = of.participant().value();
        } else if (scope instanceof PassScope.OfGuestLink of) {
            sql = END_FOR_LINK;
            key = of.link().value();
        } else if (scope instanceof PassScope.OfGuestsOfMedia of) {
            sql = END_FOR_GUESTS_OF_MEDIA;
            key = of.media().value();
        } else {
            throw new IllegalArgumentException("unknown pass scope " + scope);
        }
        return transactions.withHandle(handle -> handle.createUpdate(sql)
                .bind("tenant", tenant.value())
                .bind("key", key)
                .execute());
    }

    @Override
    public int activate(TenantId tenant, ParticipantId participant) {
        return transactions.withHandle(handle -> handle.createUpdate(ACTIVATE)
                .bind("tenant", tenant.value())
                .bind("participant", participant.value())
                .execute());
    }

    @Override
    public int changeRole(TenantId tenant, ParticipantId participant, Role role) {
        return transactions.withHandle(handle -> handle.createUpdate(CHANGE_ROLE)
                .bind("tenant", tenant.value())
                .bind("participant", participant.value())
                .bind("role", role.name())
                .execute());
    }
}
