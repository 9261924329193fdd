package dev.mediaaccess.core.access.model;

import static com.google.common.base.Preconditions.checkArgument;
import static dev.mediaaccess.core.access.model.Capability.COMMENT;
import static dev.mediaaccess.core.access.model.Capability.DOWNLOAD;
import static dev.mediaaccess.core.access.model.Capability.EDIT;
import static dev.mediaaccess.core.access.model.Capability.MANAGE_ACCESS;
import static dev.mediaaccess.core.access.model.Capability.MODERATE;
import static dev.mediaaccess.core.access.model.Capability.PRESENT;
import static dev.mediaaccess.core.access.model.Capability.TAKE_QUIZ;
import static dev.mediaaccess.core.access.model.Capability.VIEW;
import static dev.mediaaccess.core.access.model.Role.CONTRIBUTOR;
import static dev.mediaaccess.core.access.model.Role.GUEST;
import static dev.mediaaccess.core.access.model.Role.MODERATOR;
import static dev.mediaaccess.core.access.model.Role.OWNER;
import static dev.mediaaccess.core.access.model.Role.SPEAKER;
import static dev.mediaaccess.core.access.model.Role.VIEWER;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.media.model.MediaKind;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what on which kind of media: one table, readable here, overridable by the host through
 * {@link #toBuilder()}. Two rules hold for every policy, whatever the host changes:
 * <ul>
 *   <li>{@link Role#OWNER} has every capability on every kind;</li>
 *   <li>{@link Role#GUEST} never has {@link #GUEST_NEVER EDIT, PRESENT, MODERATE or MANAGE_ACCESS}.</li>
 * </ul>
 * The standard table:
 * <pre>
 * kind                          role          capabilities
 * VIDEO AUDIO DOCUMENT IMAGE    VIEWER        VIEW COMMENT
 *                               CONTRIBUTOR   VIEW DOWNLOAD COMMENT EDIT
 *                               GUEST         VIEW
 * QUIZ                          VIEWER        VIEW TAKE_QUIZ
 *                               CONTRIBUTOR   VIEW DOWNLOAD TAKE_QUIZ EDIT
 *                               GUEST         VIEW TAKE_QUIZ
 * LIVE_EVENT ROOM_SESSION       VIEWER        VIEW COMMENT
 *                               SPEAKER       VIEW COMMENT PRESENT
 *                               MODERATOR     VIEW COMMENT PRESENT MODERATE MANAGE_ACCESS
 *                               GUEST         VIEW COMMENT
 * every kind                    OWNER         everything
 * </pre>
 * Roles an invitation may carry: VIEWER or CONTRIBUTOR on on-demand kinds and quizzes; VIEWER, SPEAKER or MODERATOR
 * on live kinds. A non-owner who may manage access may grant any invitable role except MODERATOR, unless
 * {@link Builder#moderatorsMayGrantModerator(boolean)} allows it.
 */
public final class AccessPolicy {
    /** Capabilities a guest can never be given, by any policy. */
    public static final Set<Capability> GUEST_NEVER = Sets.immutableEnumSet(EDIT, PRESENT, MODERATE, MANAGE_ACCESS);

    private static final AccessPolicy STANDARD = standardBuilder().build();

    private final Map<MediaKind, Map<Role, Set<Capability>>> table;
    private final Map<MediaKind, Set<Role>> invitable;
    private final boolean moderatorsMayGrantModerator;

    private AccessPolicy(Builder builder) {
        EnumMap<MediaKind, Map<Role, Set<Capability>>> copy = new EnumMap<>(MediaKind.class);
        builder.table.forEach((kind, byRole) -> {
            EnumMap<Role, Set<Capability>> roles = new EnumMap<>(Role.class);
            byRole.forEach((role, caps) -> roles.put(role, Sets.immutableEnumSet(caps)));
            roles.put(OWNER, Sets.immutableEnumSet(EnumSet.allOf(Capability.class)));
            Set<Capability> guestExcess = Sets.intersection(roles.getOrDefault(GUEST, Set.of()), GUEST_NEVER);
            checkArgument(guestExcess.isEmpty(), "a guest may never have %s (on %s)", guestExcess, kind);
            copy.put(kind, roles);
        });
        EnumMap<MediaKind, Set<Role>> invitableCopy = new EnumMap<>(MediaKind.class);
        builder.invitable.forEach((kind, roles) -> {
            checkArgument(!roles.contains(OWNER) && !roles.contains(GUEST), "invitations cannot carry OWNER or GUEST");
            invitableCopy.put(kind, Sets.immutableEnumSet(roles));
        });
        this.table = copy;
        this.invitable = invitableCopy;
        this.moderatorsMayGrantModerator = builder.moderatorsMayGrantModerator;
    }

    /** The table above. */
    public static AccessPolicy standard() {
        return STANDARD;
    }

    /** What a role may do on a kind; empty for roles that do not apply to the kind. */
    public Set<Capability> capabilities(MediaKind kind, Role role) {
        return table.get(kind).getOrDefault(role, ImmutableSet.of());
    }

    public boolean allows(MediaKind kind, Role role, Capability capability) {
        return capabilities(kind, role).contains(capability);
    }

    /** Roles an invitation to media of this kind may carry. */
    public Set<Role> invitableRoles(MediaKind kind) {
        return invitable.getOrDefault(kind, ImmutableSet.of());
    }

    /** Whether someone holding {@code granter} on media of {@code kind} may give {@code granted} to an invitee. */
    public boolean mayGrant(MediaKind kind, Role granter, Role granted) {
        if (!invitableRoles(kind).contains(granted) || !allows(kind, granter, MANAGE_ACCESS)) {
            return false;
        }
        return granter == OWNER || granted != MODERATOR || moderatorsMayGrantModerator;
    }

    /** The roles someone holding {@code granter} on media of {@code kind} may give, in role order. */
    public Set<Role> grantableRoles(MediaKind kind, Role granter) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        invitableRoles(kind).stream().filter(role -> mayGrant(kind, granter, role)).forEach(roles::add);
        return Sets.immutableEnumSet(roles);
    }

    /**
     * Why someone holding {@code granter} on media of {@code kind} may not give, change or take away {@code granted},
     * or empty if they may: {@code role-not-allowed-for-kind} for a role invitations to the kind never carry,
     * {@code role-grant-not-permitted} for a role above what the granter may give.
     */
    public Optional<AccessRefused> grantRefusal(MediaKind kind, Role granter, Role granted) {
        if (!invitableRoles(kind).contains(granted)) {
            return Optional.of(new AccessRefused(ErrorCode.ROLE_NOT_ALLOWED_FOR_KIND,
                    granted + " is not a role for " + kind + "; choose one of " + invitableRoles(kind) + "."));
        }
        if (!mayGrant(kind, granter, granted)) {
            return Optional.of(new AccessRefused(ErrorCode.ROLE_GRANT_NOT_PERMITTED,
                    "As " + granter + " you may not grant, change or remove the " + granted + " role."));
        }
        return Optional.empty();
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        table.forEach((kind, roles) -> roles.forEach((role, caps) -> builder.set(kind, role, caps)));
        invitable.forEach((kind, roles) -> builder.invitable(kind, roles.toArray(Role[]::new)));
        return builder.moderatorsMayGrantModerator(moderatorsMayGrantModerator);
    }

    private static Builder standardBuilder() {
        Builder b = new Builder();
        for (MediaKind kind : new MediaKind[] {MediaKind.VIDEO, MediaKind.AUDIO, MediaKind.DOCUMENT, MediaKind.IMAGE}) {
            b.set(kind, VIEWER, EnumSet.of(VIEW, COMMENT));
            b.set(kind, CONTRIBUTOR, EnumSet.of(VIEW, DOWNLOAD, COMMENT, EDIT));
            b.set(kind, GUEST, EnumSet.of(VIEW));
            b.invitable(kind, VIEWER, CONTRIBUTOR);
        }
        b.set(MediaKind.QUIZ, VIEWER, EnumSet.of(VIEW, TAKE_QUIZ));
        b.set(MediaKind.QUIZ, CONTRIBUTOR, EnumSet.of(VIEW, DOWNLOAD, TAKE_QUIZ, EDIT));
        b.set(MediaKind.QUIZ, GUEST, EnumSet.of(VIEW, TAKE_QUIZ));
        b.invitable(MediaKind.QUIZ, VIEWER, CONTRIBUTOR);
        for (MediaKind kind : new MediaKind[] {MediaKind.LIVE_EVENT, MediaKind.ROOM_SESSION}) {
            b.set(kind, VIEWER, EnumSet.of(VIEW, COMMENT));
            b.set(kind, SPEAKER, EnumSet.of(VIEW, COMMENT, PRESENT));
            b.set(kind, MODERATOR, EnumSet.of(VIEW, COMMENT, PRESENT, MODERATE, MANAGE_ACCESS));
            b.set(kind, GUEST, EnumSet.of(VIEW, COMMENT));
            b.invitable(kind, VIEWER, SPEAKER, MODERATOR);
        }
        return b;
    }

    /** Changes to a policy; {@link #build()} checks the rules every policy keeps. */
    public static final class Builder {
        private final Map<MediaKind, Map<Role, Set<Capability>>> table = new EnumMap<>(MediaKind.class);
        private final Map<MediaKind, Set<Role>> invitable = new EnumMap<>(MediaKind.class);
        private boolean moderatorsMayGrantModerator;

        private Builder() {
            for (MediaKind kind : MediaKind.values()) {
                table.put(kind, new EnumMap<>(Role.class));
            }
        }

        /** Replaces what {@code role} may do on {@code kind}. */
        public Builder set(MediaKind kind, Role role, Set<Capability> capabilities) {
            table.get(kind).put(role, capabilities.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(capabilities));
            return this;
        }

        public Builder grant(MediaKind kind, Role role, Capability... capabilities) {
            table.get(kind).computeIfAbsent(role, r -> EnumSet.noneOf(Capability.class)).addAll(Set.of(capabilities));
            return this;
        }

        public Builder revoke(MediaKind kind, Role role, Capability... capabilities) {
            table.get(kind).computeIfAbsent(role, r -> EnumSet.noneOf(Capability.class)).removeAll(Set.of(capabilities));
            return this;
        }

        /** Replaces the roles an invitation to this kind may carry. */
        public Builder invitable(MediaKind kind, Role... roles) {
            invitable.put(kind, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Set.of(roles)));
            return this;
        }

        public Builder moderatorsMayGrantModerator(boolean allowed) {
            this.moderatorsMayGrantModerator = allowed;
            return this;
        }

        public AccessPolicy build() {
            return new AccessPolicy(this);
        }
    }
}
