package dev.mediaaccess.persistence.jdbi;

import static dev.mediaaccess.persistence.jdbi.Columns.enumValue;
import static dev.mediaaccess.persistence.jdbi.Columns.instant;
import static dev.mediaaccess.persistence.jdbi.Columns.nanos;
import static dev.mediaaccess.persistence.jdbi.Columns.optional;
import static dev.mediaaccess.persistence.jdbi.Columns.optionalString;

import dev.mediaaccess.core.audit.model.AuditAction;
import dev.mediaaccess.core.audit.model.AuditActor;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.audit.model.AuditLog;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.invitation.model.InvitationId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.ParticipantId;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/** Append-only; the generated sequence number is the recording order. */
final class SqlAuditLog implements AuditLog {
    static final String FOR_MEDIA = "SELECT * FROM audit_event WHERE tenant = :tenant AND media = :media ORDER BY seq";
    static final String FOR_LINK = "SELECT * FROM audit_event WHERE tenant = :tenant AND link = :link ORDER BY seq";

    private static final RowMapper<AuditEvent> EVENT = (row, ctx) -> new AuditEvent(
            TenantId.of(row.getString("tenant")),
            MediaId.of(row.getString("media")),
            instant(row, "at"),
            enumValue(row, "action", AuditAction.class),
            AuditActor.parse(row.getString("actor")),
            optionalString(row, "subject"),
            optional(row, "link", GuestLinkId::of),
            optional(row, "invitation", InvitationId::of),
            optional(row, "participant", ParticipantId::of),
            optionalString(row, "reason"));

    private static final String INSERT = """
            INSERT INTO audit_event (tenant, media, at, action, actor, subject, link, invitation, participant, reason)
            VALUES (:tenant, :media, :at, :action, :actor, :subject, :link, :invitation, :participant, :reason)""";

    private final ThreadBoundTransactions transactions;

    SqlAuditLog(ThreadBoundTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(AuditEvent event) {
        transactions.withHandle(handle -> bind(handle.createUpdate(INSERT), event).execute());
    }

    /** One JDBC batch, inside a transaction of its own when the caller has none. */
    @Override
    public void recordAll(Collection<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        transactions.atomically(handle -> {
            PreparedBatch batch = handle.prepareBatch(INSERT);
            events.forEach(event -> bind(batch, event).add());
            return batch.execute();
        });
    }

    @Override
    public List<AuditEvent> forMedia(TenantId tenant, MediaId media) {
        return transactions.withHandle(handle -> handle.createQuery(
                        FOR_MEDIA)
                .bind("tenant", tenant.value())
                .bind("media", media.value())
                .map(EVENT)
                .list());
    }

    @Override
    public List<AuditEvent> forLink(TenantId tenant, GuestLinkId link) {
        return transactions.withHandle(handle -> handle.createQuery(
                        FOR_LINK)
                .bind("tenant", tenant.value())
                .bind("link", link.value())
                .map(EVENT)
                .list());
    }

    private static <S extends SqlStatement<S>> S bind(S statement, AuditEvent event) {
        return statement
                .bind("tenant", event.tenant().value())
                .bind("media", event.media().value())
                .bind("at", nanos(event.at()))
                .bind("action", event.action().name())
                .bind("actor", event.actor().text())
                .bind("subject", event.subject().orElse(null))
                .bind("link", Columns.text(event.link()))
                .bind("invitation", Columns.text(event.invitation()))
                .bind("participant", Columns.text(event.participant()))
                .bind("reason", event.reason().orElse(null));
    }
}
