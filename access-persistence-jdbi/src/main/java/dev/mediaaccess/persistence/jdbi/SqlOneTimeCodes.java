package dev.mediaaccess.persistence.jdbi;

import static dev.mediaaccess.persistence.jdbi.Columns.instant;
import static dev.mediaaccess.persistence.jdbi.Columns.nanos;

import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.invitation.model.InvitationId;
import dev.mediaaccess.core.invitation.model.OneTimeCode;
import dev.mediaaccess.core.invitation.model.OneTimeCodes;
import dev.mediaaccess.core.secret.TokenDigest;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

final class SqlOneTimeCodes implements OneTimeCodes {
    static final String FIND = """
            SELECT * FROM one_time_code WHERE tenant = :tenant AND invitation = :invitation""";
    static final String TRY_ATTEMPT = """
            UPDATE one_time_code SET attempts = attempts + 1
            WHERE tenant = :tenant AND invitation = :invitation AND attempts < :maxAttempts""";

    private static final RowMapper<OneTimeCode> CODE = (row, ctx) -> new OneTimeCode(
            TenantId.of(row.getString("tenant")),
            InvitationId.of(row.getString("invitation")),
            new TokenDigest(row.getString("code_digest")),
            instant(row, "expires_at"),
            row.getInt("attempts"));

    private final ThreadBoundTransactions transactions;
    private final String put;

    SqlOneTimeCodes(ThreadBoundTransactions transactions, SqlDialect dialect) {
        this.transactions = transactions;
        this.put = dialect.upsert("""
                INSERT INTO one_time_code (tenant, invitation, code_digest, expires_at, attempts)
                VALUES (:tenant, :invitation, :codeDigest, :expiresAt, :attempts)""",
                List.of("tenant", "invitation"), List.of("code_digest", "expires_at", "attempts"));
    }

    @Override
    public void put(OneTimeCode code) {
        transactions.withHandle(handle -> handle.createUpdate(put)
                .bind("tenant", code.tenant().value())
                .bind("invitation", code.invitation().value())
                .bind("codeDigest", code.codeDigest().value())
                .bind("expiresAt", nanos(code.expiresAt()))
                .bind("attempts", code.attempts())
                .execute());
    }

    @Override
    public Optional<OneTimeCode> find(TenantId tenant, InvitationId invitation) {
        return transactions.withHandle(handle -> handle.createQuery(FIND)
                .bind("tenant", tenant.value())
                .bind("invitation", invitation.value())
                .map(CODE)
                .findOne());
    }

    /** One conditional write: concurrent guesses together never get past {@code maxAttempts}. */
    @Override
    public boolean tryAttempt(TenantId tenant, InvitationId invitation, int maxAttempts) {
        return transactions.withHandle(handle -> handle.createUpdate(TRY_ATTEMPT)
                .bind("tenant", tenant.value())
                .bind("invitation", invitation.value())
                .bind("maxAttempts", maxAttempts)
                .execute()) == 1;
    }

    @Override
    public void remove(TenantId tenant, InvitationId invitation) {
        transactions.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM one_time_code WHERE tenant = :tenant AND invitation = :invitation")
                .bind("tenant", tenant.value())
                .bind("invitation", invitation.value())
                .execute());
    }
}
