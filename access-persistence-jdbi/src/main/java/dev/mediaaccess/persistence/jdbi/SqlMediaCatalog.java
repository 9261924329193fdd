package dev.mediaaccess.persistence.jdbi;

import static dev.mediaaccess.persistence.jdbi.Columns.enumValue;
import static dev.mediaaccess.persistence.jdbi.Columns.instant;
import static dev.mediaaccess.persistence.jdbi.Columns.nanos;

import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.media.model.MediaKind;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

final class SqlMediaCatalog implements MediaCatalog {
    static final String FIND = "SELECT * FROM media WHERE tenant = :tenant AND id = :id";
    static final String LIST_OWNED_BY = """
            SELECT * FROM media WHERE tenant = :tenant AND owner = :owner ORDER BY created_at, id""";

    private static final RowMapper<Media> MEDIA = (row, ctx) -> new Media(
            MediaId.of(row.getString("id")),
            TenantId.of(row.getString("tenant")),
            UserId.of(row.getString("owner")),
            row.getString("title"),
            enumValue(row, "kind", MediaKind.class),
            row.getBoolean("guest_access_enabled"),
            instant(row, "created_at"));

    private final ThreadBoundTransactions transactions;
    private final String add;

    SqlMediaCatalog(ThreadBoundTransactions transactions, SqlDialect dialect) {
        this.transactions = transactions;
        this.add = dialect.insertUnlessDuplicate("""
                INSERT INTO media (tenant, id, owner, title, kind, guest_access_enabled, created_at)
                VALUES (:tenant, :id, :owner, :title, :kind, :guestAccess, :createdAt)""");
    }

    @Override
    public boolean add(Media media) {
        return transactions.withHandle(handle -> bind(handle.createUpdate(add), media).execute()) == 1;
    }

    @Override
    public Optional<Media> find(TenantId tenant, MediaId id) {
        return transactions.withHandle(handle -> handle.createQuery(FIND)
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map(MEDIA)
                .findOne());
    }

    @Override
    public List<Media> listOwnedBy(TenantId tenant, UserId owner) {
        return transactions.withHandle(handle -> handle.createQuery(LIST_OWNED_BY)
                .bind("tenant", tenant.value())
                .bind("owner", owner.value())
                .map(MEDIA)
                .list());
    }

    @Override
    public void update(Media media) {
        transactions.withHandle(handle -> bind(handle.createUpdate("""
                UPDATE media SET owner = :owner, title = :title, kind = :kind, guest_access_enabled = :guestAccess,
                                 created_at = :createdAt
                WHERE tenant = :tenant AND id = :id"""), media).execute());
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Media media) {
        return statement
                .bind("tenant", media.tenant().value())
                .bind("id", media.id().value())
                .bind("owner", media.owner().value())
                .bind("title", media.title())
                .bind("kind", media.kind().name())
                .bind("guestAccess", media.guestAccessEnabled())
                .bind("createdAt", nanos(media.createdAt()));
    }
}
