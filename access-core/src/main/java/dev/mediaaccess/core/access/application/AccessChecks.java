package dev.mediaaccess.core.access.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.model.AccessDecision;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.DecisionReason;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.access.model.Standing;
import dev.mediaaccess.core.audit.model.AuditActor;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.internal.UseCaseSupport;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.participant.model.Participants;
import dev.mediaaccess.core.pass.model.Pass;
import dev.mediaaccess.core.pass.model.PassState;
import dev.mediaaccess.core.pass.model.Passes;
import dev.mediaaccess.core.secret.Tokens;
import java.util.Locale;
import java.util.Optional;

/**
 * Inbound port: may this principal do this on this media item? Owners by account, members by verified email, and
 * pass holders by their pass (one indexed lookup).
 */
public final class AccessChecks {
    private final UseCaseSupport support;
    private final MediaCatalog media;
    private final Participants participants;
    private final Passes passes;

    /** Wired by {@link dev.mediaaccess.core.AccessCore}; hosts get this facade from there, never build it. */
    public AccessChecks(UseCaseSupport support, MediaCatalog media, Participants participants, Passes passes) {
        this.support = requireNonNull(support, "support");
        this.media = requireNonNull(media, "media");
        this.participants = requireNonNull(participants, "participants");
        this.passes = requireNonNull(passes, "passes");
    }

    /** Decides, with a reason; never throws for an expected refusal. */
    public AccessDecision check(Principal principal, MediaId mediaId, Capability capability) {
        requireNonNull(mediaId, "mediaId");
        requireNonNull(capability, "capability");
        return support.read(() -> {
            if (principal instanceof Principal.PassHolder holder) {
                return checkPass(holder, mediaId, capability);
            }
            Resolution resolution = resolve(principal, mediaId);
            if (resolution instanceof Resolution.Refused refused) {
                return AccessDecision.refused(refused.reason());
            }
            Standing standing = ((Resolution.Resolved) resolution).standing();
            return decide(standing.media().kind(), standing.role(), capability);
        });
    }

    /** The principal's role and capabilities on the media item; refuses if they have none there. */
    public Standing standing(Principal principal, MediaId mediaId) {
        requireNonNull(mediaId, "mediaId");
        return support.read(() -> resolve(principal, mediaId).standingOrThrow());
    }

    /** Like {@link #standing}, and refuses with {@code not-permitted} unless the role has the capability. */
    public Standing require(Principal principal, MediaId mediaId, Capability capability) {
        Standing standing = standing(principal, mediaId);
        if (!standing.may(capability)) {
            throw new AccessRefused(ErrorCode.NOT_PERMITTED,
                    "As " + standing.role() + " you may not " + describe(capability) + " on this media.");
        }
        return standing;
    }

    /**
     * Where the principal stands, or why they stand nowhere, without throwing; for queries (such as the media page)
     * that answer a waiting guest differently from a stranger. Runs in the caller's transaction.
     */
    public Resolution resolve(Principal principal, MediaId mediaId) {
        if (principal instanceof Principal.User user) {
            return resolveUser(user, mediaId);
        }
        if (principal instanceof Principal.PassHolder holder) {
            return resolvePass(holder, mediaId);
        }
        return new Resolution.Refused(DecisionReason.NOT_SIGNED_IN);
    }

    private Resolution resolveUser(Principal.User user, MediaId mediaId) {
        Optional<Media> item = media.find(user.tenant(), mediaId);
        if (item.isEmpty()) {
            return new Resolution.Refused(DecisionReason.MEDIA_NOT_FOUND);
        }
        AuditActor actor = AuditActor.user(user.id());
        if (item.get().owner().equals(user.id())) {
            return resolved(item.get(), Role.OWNER, actor, Optional.empty());
        }
        return user.verifiedEmail()
                .flatMap(email -> participants.findMember(user.tenant(), mediaId, email))
                .filter(Participant::isAdmitted)
                .map(member -> resolved(item.get(), member.role(), actor, Optional.empty()))
                .orElseGet(() -> new Resolution.Refused(DecisionReason.NOT_A_PARTICIPANT));
    }

    private Resolution resolvePass(Principal.PassHolder holder, MediaId mediaId) {
        Optional<Pass> found = findPass(holder);
        if (found.isEmpty()) {
            return new Resolution.Refused(DecisionReason.PASS_UNKNOWN);
        }
        Pass pass = found.get();
        Optional<DecisionReason> refusal = passRefusal(holder, pass, mediaId);
        if (refusal.isPresent()) {
            return new Resolution.Refused(refusal.get());
        }
        return media.find(pass.tenant(), mediaId)
                .map(item -> resolved(item, pass.role(), AuditActor.participant(pass.participant()), Optional.of(pass)))
                .orElseGet(() -> new Resolution.Refused(DecisionReason.MEDIA_NOT_FOUND));
    }

    private Resolution resolved(Media item, Role role, AuditActor actor, Optional<Pass> pass) {
        return new Resolution.Resolved(Standing.of(item, role, support.policy(), actor, pass.map(Pass::participant)));
    }

    private AccessDecision checkPass(Principal.PassHolder holder, MediaId mediaId, Capability capability) {
        Optional<Pass> found = findPass(holder);
        if (found.isEmpty()) {
            return AccessDecision.refused(DecisionReason.PASS_UNKNOWN);
        }
        Pass pass = found.get();
        return passRefusal(holder, pass, mediaId)
                .map(AccessDecision::refused)
                .orElseGet(() -> decide(pass.kind(), pass.role(), capability));
    }

    private AccessDecision decide(MediaKind kind, Role role, Capability capability) {
        var capabilities = support.policy().capabilities(kind, role);
        return capabilities.contains(capability)
                ? AccessDecision.granted(role, capabilities)
                : AccessDecision.lacking(role, capabilities);
    }

    private Optional<Pass> findPass(Principal.PassHolder holder) {
        return Tokens.looksLikeToken(holder.token())
                ? passes.findByTokenDigest(support.tokens().digest(holder.token()))
                : Optional.empty();
    }

    private Optional<DecisionReason> passRefusal(Principal.PassHolder holder, Pass pass, MediaId mediaId) {
        if (!pass.media().equals(mediaId) || holder.tenant().filter(tenant -> !tenant.equals(pass.tenant())).isPresent()) {
            return Optional.of(DecisionReason.PASS_FOR_OTHER_MEDIA);
        }
        if (pass.state() == PassState.ENDED) {
            return Optional.of(DecisionReason.PASS_ENDED);
        }
        if (pass.isExpiredAt(support.now())) {
            return Optional.of(DecisionReason.PASS_EXPIRED);
        }
        return pass.state() == PassState.WAITING ? Optional.of(DecisionReason.LOBBY_WAITING) : Optional.empty();
    }

    private static String describe(Capability capability) {
        return capability.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
