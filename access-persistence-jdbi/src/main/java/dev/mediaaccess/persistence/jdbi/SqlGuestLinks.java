package dev.mediaaccess.persistence.jdbi;

import static dev.mediaaccess.persistence.jdbi.Columns.enumValue;
import static dev.mediaaccess.persistence.jdbi.Columns.instant;
import static dev.mediaaccess.persistence.jdbi.Columns.nanos;
import static dev.mediaaccess.persistence.jdbi.Columns.optionalInstant;
import static dev.mediaaccess.persistence.jdbi.Columns.optionalString;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.guestlink.model.Admission;
import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.guestlink.model.GuestLinkSettings;
import dev.mediaaccess.core.guestlink.model.GuestLinks;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.secret.TokenDigest;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

final class SqlGuestLinks implements GuestLinks {
    static final String FIND = "SELECT * FROM guest_link WHERE tenant = :tenant AND id = :id";
    static final String FIND_BY_TOKEN_DIGEST = "SELECT * FROM guest_link WHERE token_digest = :digest";
    static final String LIST_FOR_MEDIA = """
            SELECT * FROM guest_link WHERE tenant = :tenant AND media = :media ORDER BY created_at, id""";
    static final String COUNT_ACTIVE = """
            SELECT count(*) FROM guest_link WHERE tenant = :tenant AND media = :media AND revoked = FALSE""";
    static final String TRY_CONSUME_JOIN = """
            UPDATE guest_link SET join_count = join_count + 1
            WHERE tenant = :tenant AND id = :id AND revoked = FALSE
            AND (max_joins IS NULL OR join_count < max_joins)""";

    /** Allowed domains are stored in one column, separated by a space, which no domain contains. */
    private static final Joiner DOMAIN_JOINER = Joiner.on(' ');
    private static final Splitter DOMAIN_SPLITTER = Splitter.on(' ').omitEmptyStrings();

    private static final RowMapper<GuestLink> LINK = (row, ctx) -> {
        int maxJoins = row.getInt("max_joins");
        Optional<Integer> max = row.wasNull() ? Optional.empty() : Optional.of(maxJoins);
        GuestLinkSettings settings = new GuestLinkSettings(
                optionalString(row, "label"),
                optionalInstant(row, "expires_at"),
                max,
                ImmutableSet.copyOf(DOMAIN_SPLITTER.split(row.getString("allowed_domains"))),
                enumValue(row, "admission", Admission.class));
        return new GuestLink(
                GuestLinkId.of(row.getString("id")),
                TenantId.of(row.getString("tenant")),
                MediaId.of(row.getString("media")),
                settings,
                row.getString("token_seed"),
                new TokenDigest(row.getString("token_digest")),
                row.getInt("join_count"),
                row.getBoolean("revoked"),
                instant(row, "created_at"),
                optionalInstant(row, "revoked_at"));
    };

    private final ThreadBoundTransactions transactions;

    SqlGuestLinks(ThreadBoundTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(GuestLink link) {
        transactions.withHandle(handle -> bind(handle.createUpdate("""
                INSERT INTO guest_link (tenant, id, media, label, expires_at, max_joins, allowed_domains, admission,
                                        token_seed, token_digest, join_count, revoked, created_at, revoked_at)
                VALUES (:tenant, :id, :media, :label, :expiresAt, :maxJoins, :allowedDomains, :admission,
                        :tokenSeed, :tokenDigest, :joinCount, :revoked, :createdAt, :revokedAt)"""), link)
                .bind("joinCount", link.joinCount())
                .execute());
    }

    @Override
    public Optional<GuestLink> find(TenantId tenant, GuestLinkId id) {
        return transactions.withHandle(handle -> handle.createQuery(FIND)
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map(LINK)
                .findOne());
    }

    @Override
    public Optional<GuestLink> findByTokenDigest(TokenDigest digest) {
        return transactions.withHandle(handle -> handle.createQuery(FIND_BY_TOKEN_DIGEST)
                .bind("digest", digest.value())
                .map(LINK)
                .findOne());
    }

    @Override
    public List<GuestLink> listForMedia(TenantId tenant, MediaId media) {
        return transactions.withHandle(handle -> handle.createQuery(LIST_FOR_MEDIA)
                .bind("tenant", tenant.value())
                .bind("media", media.value())
                .map(LINK)
                .list());
    }

    @Override
    public int countActive(TenantId tenant, MediaId media) {
        return transactions.withHandle(handle -> handle.createQuery(COUNT_ACTIVE)
                .bind("tenant", tenant.value())
                .bind("media", media.value())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public void update(GuestLink link) {
        transactions.withHandle(handle -> bind(handle.createUpdate("""
                UPDATE guest_link
                SET media = :media, label = :label, expires_at = :expiresAt, max_joins = :maxJoins,
                    allowed_domains = :allowedDomains, admission = :admission, token_seed = :tokenSeed,
                    token_digest = :tokenDigest, revoked = :revoked, created_at = :createdAt, revoked_at = :revokedAt
                WHERE tenant = :tenant AND id = :id"""), link).execute());
    }

    /** One conditional write: the database itself refuses the join past the maximum or after revocation. */
    @Override
    public boolean tryConsumeJoin(TenantId tenant, GuestLinkId id) {
        return transactions.withHandle(handle -> handle.createUpdate(TRY_CONSUME_JOIN)
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .execute()) == 1;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, GuestLink link) {
        GuestLinkSettings settings = link.settings();
        return statement
                .bind("tenant", link.tenant().value())
                .bind("id", link.id().value())
                .bind("media", link.media().value())
                .bind("label", settings.label().orElse(null))
                .bind("expiresAt", nanos(settings.expiresAt()))
                .bind("maxJoins", settings.maxJoins().orElse(null))
                .bind("allowedDomains", DOMAIN_JOINER.join(settings.allowedDomains()))
                .bind("admission", settings.admission().name())
                .bind("tokenSeed", link.tokenSeed())
                .bind("tokenDigest", link.tokenDigest().value())
                .bind("revoked", link.revoked())
                .bind("createdAt", nanos(link.createdAt()))
                .bind("revokedAt", nanos(link.revokedAt()));
    }
}
