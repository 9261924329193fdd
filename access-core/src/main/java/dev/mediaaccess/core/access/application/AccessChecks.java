package dev.mediaaccess.core.access.application;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.access.model.AccessDecision;
import dev.mediaaccess.core.access.model.AccessPolicy;
import dev.mediaaccess.core.access.model.Capability;
import dev.mediaaccess.core.access.model.DecisionReason;
import dev.mediaaccess.core.access.model.Principal;
import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.access.model.Standing;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.media.model.MediaKind;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.participant.model.Participants;
import dev.mediaaccess.core.pass.model.Pass;
import dev.mediaaccess.core.pass.model.PassState;
import dev.mediaaccess.core.pass.model.Passes;
import dev.mediaaccess.core.secret.Tokens;
import dev.mediaaccess.core.storage.Transactions;
import java.time.Clock;
import java.util.Optional;

/**
 * Inbound port: may this principal do this on this media item? Owners by account, members by verified email, and
 * pass holders by their pass (one indexed lookup).
 */
public final class AccessChecks {
    private final MediaCatalog media;
    private final Participants participants;
    private final Passes passes;
    private final Transactions transactions;
    private final AccessPolicy policy;
    private final Tokens tokens;
    private final Clock clock;

    public AccessChecks(
            MediaCatalog media, Participants participants, Passes passes, Transactions transactions, AccessPolicy policy,
            Tokens tokens, Clock clock) {
        this.media = requireNonNull(media, "media");
        this.participants = requireNonNull(participants, "participants");
        this.passes = requireNonNull(passes, "passes");
        this.transactions = requireNonNull(transactions, "transactions");
        this.policy = requireNonNull(policy, "policy");
        this.tokens = requireNonNull(tokens, "tokens");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Decides, with a reason; never throws for an expected refusal. */
    public AccessDecision check(Principal principal, MediaId mediaId, Capability capability) {
        requireNonNull(mediaId, "mediaId");
        requireNonNull(capability, "capability");
        return transactions.read(() -> {
            if (principal instanceof Principal.PassHolder holder) {
                return checkPass(holder, mediaId, capability);
            }
            Resolution resolution = resolve(principal, mediaId);
            if (resolution.refusal != null) {
                return AccessDecision.refused(resolution.refusal);
            }
            return decide(resolution.media.kind(), resolution.role, capability);
        });
    }

    /** The principal's role and capabilities on the media item; refuses if they have none there. */
    public Standing standing(Principal principal, MediaId mediaId) {
        requireNonNull(mediaId, "mediaId");
        return transactions.read(() -> {
            Resolution resolution = resolve(principal, mediaId);
            if (resolution.refusal != null) {
                throw refusalFor(resolution.refusal);
            }
            return new Standing(resolution.media, resolution.role, policy.capabilities(resolution.media.kind(), resolution.role),
                    resolution.actor, resolution.participant);
        });
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

    private AccessDecision checkPass(Principal.PassHolder holder, MediaId mediaId, Capability capability) {
        Optional<Pass> found = findPass(holder);
        if (found.isEmpty()) {
            return AccessDecision.refused(DecisionReason.PASS_UNKNOWN);
        }
        Pass pass = found.get();
        DecisionReason refusal = passRefusal(holder, pass, mediaId);
        return refusal != null ? AccessDecision.refused(refusal) : decide(pass.kind(), pass.role(), capability);
    }

    private AccessDecision decide(MediaKind kind, Role role, Capability capability) {
        var capabilities = policy.capabilities(kind, role);
        return capabilities.contains(capability)
                ? AccessDecision.granted(role, capabilities)
                : AccessDecision.lacking(role, capabilities);
    }

    private Optional<Pass> findPass(Principal.PassHolder holder) {
        return Tokens.looksLikeToken(holder.token())
                ? passes.findByTokenDigest(tokens.digest(holder.token()))
                : Optional.empty();
    }

    private DecisionReason passRefusal(Principal.PassHolder holder, Pass pass, MediaId mediaId) {
        if (!pass.media().equals(mediaId) || holder.tenant().filter(tenant -> !tenant.equals(pass.tenant())).isPresent()) {
            return DecisionReason.PASS_FOR_OTHER_MEDIA;
        }
        if (pass.state() == PassState.ENDED) {
            return DecisionReason.PASS_ENDED;
        }
        if (pass.isExpiredAt(clock.instant())) {
            return DecisionReason.PASS_EXPIRED;
        }
        return pass.state() == PassState.WAITING ? DecisionReason.LOBBY_WAITING : null;
    }

    private Resolution resolve(Principal principal, MediaId mediaId) {
        if (principal instanceof Principal.User user) {
            Optional<Media> item = media.find(user.tenant(), mediaId);
            if (item.isEmpty()) {
                return Resolution.refused(DecisionReason.MEDIA_NOT_FOUND);
            }
            String actor = "user:" + user.id().value();
            if (item.get().owner().equals(user.id())) {
                return new Resolution(item.get(), Role.OWNER, actor, Optional.empty(), null);
            }
            Optional<Participant> member = user.verifiedEmail()
                    .flatMap(email -> participants.findMember(user.tenant(), mediaId, email))
                    .filter(Participant::isAdmitted);
            return member
                    .map(m -> new Resolution(item.get(), m.role(), actor, Optional.empty(), null))
                    .orElseGet(() -> Resolution.refused(DecisionReason.NOT_A_PARTICIPANT));
        }
        if (principal instanceof Principal.PassHolder holder) {
            Optional<Pass> found = findPass(holder);
            if (found.isEmpty()) {
                return Resolution.refused(DecisionReason.PASS_UNKNOWN);
            }
            Pass pass = found.get();
            DecisionReason refusal = passRefusal(holder, pass, mediaId);
            if (refusal != null) {
                return Resolution.refused(refusal);
            }
            Optional<Media> item = media.find(pass.tenant(), mediaId);
            if (item.isEmpty()) {
                return Resolution.refused(DecisionReason.MEDIA_NOT_FOUND);
            }
            return new Resolution(item.get(), pass.role(), "participant:" + pass.participant().value(),
                    Optional.of(pass.participant()), null);
        }
        return Resolution.refused(DecisionReason.NOT_SIGNED_IN);
    }

    private static AccessRefused refusalFor(DecisionReason reason) {
        return switch (reason) {
            case MEDIA_NOT_FOUND, PASS_FOR_OTHER_MEDIA -> new AccessRefused(ErrorCode.MEDIA_NOT_FOUND, "No such media.");
            case NOT_SIGNED_IN -> new AccessRefused(ErrorCode.NOT_SIGNED_IN, "Sign in, or join through a link, first.");
            case PASS_UNKNOWN, PASS_EXPIRED, PASS_ENDED -> new AccessRefused(ErrorCode.PASS_INVALID,
                    "Your pass is no longer valid (" + reason.code() + "). Join again through a current link.");
            case LOBBY_WAITING -> new AccessRefused(ErrorCode.NOT_PERMITTED, "You are waiting in the lobby for a moderator.");
            case NOT_A_PARTICIPANT, CAPABILITY_NOT_IN_ROLE -> new AccessRefused(ErrorCode.NOT_PERMITTED,
                    "You have no access to this media.");
            case GRANTED -> throw new IllegalStateException("not a refusal");
        };
    }

    private static String describe(Capability capability) {
        return capability.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** Either a media item with a role, or a refusal. */
    private record Resolution(
            Media media, Role role, String actor, Optional<ParticipantId> participant, DecisionReason refusal) {
        static Resolution refused(DecisionReason reason) {
            return new Resolution(null, null, null, null, reason);
        }
    }
}
