package dev.mediaaccess.core;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.application.AccessChecks;
import dev.mediaaccess.core.access.model.AccessPolicy;
import dev.mediaaccess.core.audit.application.AuditTrail;
import dev.mediaaccess.core.common.PublicUrls;
import dev.mediaaccess.core.guestlink.application.GuestJoining;
import dev.mediaaccess.core.guestlink.application.GuestLinkManagement;
import dev.mediaaccess.core.internal.AuditedTransactions;
import dev.mediaaccess.core.internal.PassIssuer;
import dev.mediaaccess.core.internal.UseCaseSupport;
import dev.mediaaccess.core.invitation.application.InvitationAcceptance;
import dev.mediaaccess.core.invitation.application.InvitationManagement;
import dev.mediaaccess.core.media.application.MediaRegistry;
import dev.mediaaccess.core.notification.Notifier;
import dev.mediaaccess.core.overview.application.MediaOverviews;
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
 * and then uses its facades, one per actor and job, each named as its type:
 * <ul>
 *   <li>{@link #mediaRegistry()}: register media items, list a user's;</li>
 *   <li>{@link #accessChecks()}: may this principal do this here?</li>
 *   <li>{@link #guestLinkManagement()} (owners) and {@link #guestJoining()} (whoever holds a guest link);</li>
 *   <li>{@link #invitationManagement()} (inviters) and {@link #invitationAcceptance()} (invitees);</li>
 *   <li>{@link #participantRoster()}: who is on a media item, the lobby, removing people;</li>
 *   <li>{@link #mediaOverviews()}: everything a media page shows, in one read;</li>
 *   <li>{@link #auditTrail()}: what happened, for those who manage access.</li>
 * </ul>
 */
public final class AccessCore {
    private final MediaRegistry mediaRegistry;
    private final AccessChecks accessChecks;
    private final GuestLinkManagement guestLinkManagement;
    private final GuestJoining guestJoining;
    private final InvitationManagement invitationManagement;
    private final InvitationAcceptance invitationAcceptance;
    private final ParticipantRoster participantRoster;
    private final MediaOverviews mediaOverviews;
    private final AuditTrail auditTrail;
    private final AccessPolicy policy;
    private final PublicUrls publicUrls;
    private final Clock clock;

    private AccessCore(Builder b) {
        AccessStorage s = b.storage;
        this.policy = b.policy;
        this.publicUrls = new PublicUrls(b.publicBaseUrl);
        this.clock = b.clock;
        UseCaseSupport support = new UseCaseSupport(b.clock, new Tokens(b.tokenSource, b.secret), b.tenants, b.policy,
                publicUrls, new AuditedTransactions(s.transactions(), s.auditLog()), b.notifier);
        PassIssuer passIssuer = new PassIssuer(support, s.passes());
        this.accessChecks = new AccessChecks(support, s.media(), s.participants(), s.passes());
        this.mediaRegistry = new MediaRegistry(support, s.media(), s.participants());
        this.guestLinkManagement = new GuestLinkManagement(support, accessChecks, s.media(), s.guestLinks(), s.passes());
        this.guestJoining = new GuestJoining(support, s.media(), s.guestLinks(), s.participants(), passIssuer);
        this.invitationManagement = new InvitationManagement(support, accessChecks, s.invitations(), s.oneTimeCodes(),
                s.participants(), s.passes());
        this.invitationAcceptance = new InvitationAcceptance(support, s.media(), s.invitations(), s.oneTimeCodes(),
                s.participants(), s.passes(), passIssuer);
        this.participantRoster = new ParticipantRoster(support, accessChecks, s.participants(), s.invitations(), s.passes());
        this.mediaOverviews = new MediaOverviews(support, accessChecks, s.guestLinks(), s.invitations(), s.participants());
        this.auditTrail = new AuditTrail(support, accessChecks, s.auditLog(), s.guestLinks());
    }

    /** Starts wiring a core by hand. */
    public static Builder builder() {
        return new Builder();
    }

    /** Registers the host's media items and lists a user's. */
    public MediaRegistry mediaRegistry() {
        return mediaRegistry;
    }

    /** Answers "may this principal do this on this media item?"; the hot path of every request. */
    public AccessChecks accessChecks() {
        return accessChecks;
    }

    /** For those who manage access: guest access on or off, and the media item's guest links. */
    public GuestLinkManagement guestLinkManagement() {
        return guestLinkManagement;
    }

    /** For whoever holds a guest link: its preview, and joining with a name and an email. */
    public GuestJoining guestJoining() {
        return guestJoining;
    }

    /** For inviters: invite people by email with a role, list, change roles, resend, revoke. */
    public InvitationManagement invitationManagement() {
        return invitationManagement;
    }

    /** For whoever holds an invitation link: its preview, a one-time code, and accepting. */
    public InvitationAcceptance invitationAcceptance() {
        return invitationAcceptance;
    }

    /** Who is on a media item, the lobby of live kinds, and removing people. */
    public ParticipantRoster participantRoster() {
        return participantRoster;
    }

    /** Everything a media page shows its caller, read in one transaction. */
    public MediaOverviews mediaOverviews() {
        return mediaOverviews;
    }

    /** The audit trail of a media item or of one guest link. */
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    /** The policy in force, for adapters that show people what each role may do. */
    public AccessPolicy policy() {
        return policy;
    }

    /**
     * The URLs the core hands out, built from the one public base URL: adapters serve their pages under its path
     * and take the origin they trust from it, so the base is configured once, here.
     */
    public PublicUrls publicUrls() {
        return publicUrls;
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

        /**
         * Where people reach the library's pages, for example {@code https://media.example.com} or, for an adapter
         * mounted under a path, {@code https://example.com/access}. Every URL the core hands out starts with it
         * ({@code {base}/g/{token}}, {@code {base}/i/{token}}).
         */
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
