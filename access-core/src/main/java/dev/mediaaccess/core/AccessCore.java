package dev.mediaaccess.core;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.application.AccessChecks;
import dev.mediaaccess.core.access.model.AccessPolicy;
import dev.mediaaccess.core.audit.application.AuditTrail;
import dev.mediaaccess.core.common.PublicUrls;
import dev.mediaaccess.core.guestlink.application.GuestAccess;
import dev.mediaaccess.core.invitation.application.InvitationAccess;
import dev.mediaaccess.core.media.application.MediaRegistry;
import dev.mediaaccess.core.notification.Notifier;
import dev.mediaaccess.core.participant.application.ParticipantRoster;
import dev.mediaaccess.core.secret.HostSecret;
import dev.mediaaccess.core.secret.TokenSource;
import dev.mediaaccess.core.secret.Tokens;
import dev.mediaaccess.core.storage.AccessStorage;
import dev.mediaaccess.core.tenant.TenantSettings;
import dev.mediaaccess.core.tenant.Tenants;
import java.net.URI;
import java.time.Clock;

/**
 * The core, wired to its adapters. A host builds it once:
 * <pre>{@code
 * AccessCore core = AccessCore.builder()
 *         .storage(storage)                      // e.g. the JDBI adapter, or the testkit's in-memory one
 *         .secret(hostSecret)                    // derives guest link URLs; keep it out of the database
 *         .publicBaseUrl("https://media.example.com")
 *         .notifier(mailer)                      // sends invitations and one-time codes
 *         .build();
 * }</pre>
 * and then uses its facades: {@link #media()}, {@link #guestAccess()}, {@link #invitations()}, {@link #access()},
 * {@link #participants()}, {@link #audit()}.
 */
public final class AccessCore {
    private final MediaRegistry media;
    private final AccessChecks access;
    private final GuestAccess guestAccess;
    private final InvitationAccess invitations;
    private final ParticipantRoster participants;
    private final AuditTrail audit;
    private final AccessPolicy policy;
    private final Clock clock;

    private AccessCore(Builder b) {
        AccessStorage s = b.storage;
        Tokens tokens = new Tokens(b.tokenSource, b.secret);
        PublicUrls urls = new PublicUrls(b.publicBaseUrl);
        this.policy = b.policy;
        this.clock = b.clock;
        this.access = new AccessChecks(s.media(), s.participants(), s.passes(), s.transactions(), b.policy, tokens, b.clock);
        this.media = new MediaRegistry(s.media(), s.participants(), s.auditLog(), s.transactions(), tokens, b.clock);
        this.guestAccess = new GuestAccess(access, s.media(), s.guestLinks(), s.participants(), s.passes(), s.auditLog(),
                s.transactions(), b.tenants, tokens, urls, b.clock);
        this.invitations = new InvitationAccess(access, s.media(), s.invitations(), s.oneTimeCodes(), s.participants(),
                s.passes(), s.auditLog(), s.transactions(), b.notifier, b.policy, b.tenants, tokens, urls, b.clock);
        this.participants = new ParticipantRoster(access, s.participants(), s.invitations(), s.passes(), s.auditLog(),
                s.transactions(), b.policy, b.clock);
        this.audit = new AuditTrail(access, s.auditLog(), s.guestLinks(), s.transactions());
    }

    public static Builder builder() {
        return new Builder();
    }

    public MediaRegistry media() {
        return media;
    }

    public AccessChecks access() {
        return access;
    }

    public GuestAccess guestAccess() {
        return guestAccess;
    }

    public InvitationAccess invitations() {
        return invitations;
    }

    public ParticipantRoster participants() {
        return participants;
    }

    public AuditTrail audit() {
        return audit;
    }

    /** The policy in force, for adapters that show people what each role may do. */
    public AccessPolicy policy() {
        return policy;
    }

    /**
     * The clock the core decides by, for adapters that validate what people type against the same "now" (for example
     * {@code GuestLinkSettings.parse}, which refuses an expiry in the past).
     */
    public Clock clock() {
        return clock;
    }

    /** Wires the core by hand. {@code storage}, {@code secret}, {@code publicBaseUrl} and {@code notifier} are required. */
    public static final class Builder {
        private AccessStorage storage;
        private HostSecret secret;
        private URI publicBaseUrl;
        private Notifier notifier;
        private Clock clock = Clock.systemUTC();
        private TokenSource tokenSource = TokenSource.secureRandom();
        private AccessPolicy policy = AccessPolicy.standard();
        private Tenants tenants = Tenants.uniform(TenantSettings.defaults());

        private Builder() {}

        public Builder storage(AccessStorage storage) {
            this.storage = requireNonNull(storage, "storage");
            return this;
        }

        public Builder secret(HostSecret secret) {
            this.secret = requireNonNull(secret, "secret");
            return this;
        }

        /** The base of every URL the core hands out ({@code {base}/g/{token}}, {@code {base}/i/{token}}). */
        public Builder publicBaseUrl(URI base) {
            this.publicBaseUrl = requireNonNull(base, "base");
            return this;
        }

        public Builder publicBaseUrl(String base) {
            return publicBaseUrl(URI.create(requireNonNull(base, "base")));
        }

        public Builder notifier(Notifier notifier) {
            this.notifier = requireNonNull(notifier, "notifier");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock");
            return this;
        }

        public Builder tokenSource(TokenSource tokenSource) {
            this.tokenSource = requireNonNull(tokenSource, "tokenSource");
            return this;
        }

        public Builder policy(AccessPolicy policy) {
            this.policy = requireNonNull(policy, "policy");
            return this;
        }

        public Builder tenants(Tenants tenants) {
            this.tenants = requireNonNull(tenants, "tenants");
            return this;
        }

        public AccessCore build() {
            checkState(storage != null, "storage is required");
            checkState(secret != null, "secret is required");
            checkState(publicBaseUrl != null, "publicBaseUrl is required");
            checkState(notifier != null, "notifier is required");
            return new AccessCore(this);
        }
    }
}
