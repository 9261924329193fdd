package dev.mediaaccess.core.internal;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.model.AccessPolicy;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.common.PublicUrls;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.notification.Notification;
import dev.mediaaccess.core.notification.Notifier;
import dev.mediaaccess.core.secret.Tokens;
import dev.mediaaccess.core.tenant.TenantSettings;
import dev.mediaaccess.core.tenant.Tenants;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * What every use case needs besides its own ports: the clock, tokens, tenant settings, the policy, the public URLs,
 * the transaction boundary with the audit log, and the notifier. Built once by {@code AccessCore}. Not API.
 */
public final class UseCaseSupport {
    private final Clock clock;
    private final Tokens tokens;
    private final Tenants tenants;
    private final AccessPolicy policy;
    private final PublicUrls urls;
    private final AuditedTransactions audited;
    private final Notifier notifier;

    public UseCaseSupport(
            Clock clock, Tokens tokens, Tenants tenants, AccessPolicy policy, PublicUrls urls, AuditedTransactions audited,
            Notifier notifier) {
        this.clock = requireNonNull(clock, "clock");
        this.tokens = requireNonNull(tokens, "tokens");
        this.tenants = requireNonNull(tenants, "tenants");
        this.policy = requireNonNull(policy, "policy");
        this.urls = requireNonNull(urls, "urls");
        this.audited = requireNonNull(audited, "audited");
        this.notifier = requireNonNull(notifier, "notifier");
    }

    public Instant now() {
        return clock.instant();
    }

    public Tokens tokens() {
        return tokens;
    }

    public TenantSettings settings(TenantId tenant) {
        return tenants.settings(tenant);
    }

    public AccessPolicy policy() {
        return policy;
    }

    public PublicUrls urls() {
        return urls;
    }

    /** The URL a guest link's owner copies: derived from its stored seed, never stored itself. */
    public URI guestLinkUrl(GuestLink link) {
        return urls.guestLink(tokens.guestLinkToken(link.tokenSeed()));
    }

    public <T> T read(Supplier<T> work) {
        return audited.transactions().read(work);
    }

    public <T> T write(Supplier<T> work) {
        return audited.transactions().write(work);
    }

    /** A write whose refusals thrown with {@link AuditedTransactions#refuse} are audited after the rollback. */
    public <T> T auditedWrite(Supplier<T> work) {
        return audited.write(work);
    }

    /** Records an event in the current transaction. */
    public void record(AuditEvent event) {
        audited.auditLog().record(event);
    }

    /** Records events in the current transaction, as one batch. */
    public void recordAll(List<AuditEvent> events) {
        audited.auditLog().recordAll(events);
    }

    /** Hands a notice to the host's notifier; called once the change it tells of has committed. */
    public void notify(Notification notice) {
        notifier.send(notice);
    }
}
