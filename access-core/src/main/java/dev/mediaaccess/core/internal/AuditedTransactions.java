package dev.mediaaccess.core.internal;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.audit.model.AuditLog;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.storage.Transactions;
import java.util.function.Supplier;

/**
 * Runs a use case in a write transaction so that a refusal is audited even though the work is rolled back: the work
 * throws {@link #refuse}, the transaction rolls back, then the refusal's event is recorded in a transaction of its own
 * and the refusal reaches the caller. Not API.
 */
public final class AuditedTransactions {
    private final Transactions transactions;
    private final AuditLog auditLog;

    public AuditedTransactions(Transactions transactions, AuditLog auditLog) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.auditLog = requireNonNull(auditLog, "auditLog");
    }

    public Transactions transactions() {
        return transactions;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public <T> T write(Supplier<T> work) {
        try {
            return transactions.write(work);
        } catch (AuditedRefusal refusal) {
            transactions.write(() -> {
                auditLog.record(refusal.event);
                return null;
            });
            throw refusal.refusal;
        }
    }

    /**
     * A refusal to throw from inside {@link #write}: the caller gets {@code refusal}, the audit trail the event with
     * {@code auditedReason} (which may be more precise than what the caller is told).
     */
    public static RuntimeException refuse(AccessRefused refusal, AuditEvent event, String auditedReason) {
        return new AuditedRefusal(refusal, event.withReason(auditedReason));
    }

    private static final class AuditedRefusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient AccessRefused refusal;
        private final transient AuditEvent event;

        AuditedRefusal(AccessRefused refusal, AuditEvent event) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
            this.event = event;
        }
    }
}
