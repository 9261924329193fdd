package dev.mediaaccess.testkit.memory;

import dev.mediaaccess.core.access.model.Role;
import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.participant.model.ParticipantId;
import dev.mediaaccess.core.pass.model.Pass;
import dev.mediaaccess.core.pass.model.PassId;
import dev.mediaaccess.core.pass.model.PassScope;
import dev.mediaaccess.core.pass.model.PassState;
import dev.mediaaccess.core.pass.model.Passes;
import dev.mediaaccess.core.secret.TokenDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

final class InMemoryPasses implements Passes {
    private static final Set<PassState> LIVE = Set.of(PassState.ACTIVE, PassState.WAITING);

    private final Store store;
    private final Table<Scoped<PassId>, Pass> passes;
    private final Table.Index<Scoped<PassId>, Pass> byDigest;
    private final Table.Index<Scoped<PassId>, Pass> byParticipant;
    private final Table.Index<Scoped<PassId>, Pass> byGuestLink;
    private final Table.Index<Scoped<PassId>, Pass> guestsByMedia;

    InMemoryPasses(Store store) {
        this.store = store;
        this.passes = new Table<>(store, "passes");
        this.byDigest = passes.uniqueIndex("token digest", pass -> Optional.of(pass.tokenDigest()));
        this.byParticipant = passes.index("participant", pass -> Optional.of(Scoped.of(pass.tenant(), pass.participant())));
        this.byGuestLink = passes.index("guest link", pass -> pass.link().map(link -> Scoped.of(pass.tenant(), link)));
        this.guestsByMedia = passes.index("guests of media", pass ->
                pass.link().map(link -> Scoped.of(pass.tenant(), pass.media())));
    }

    @Override
    public void add(Pass pass) {
        store.change(() -> passes.insert(keyOf(pass), pass));
    }

    @Override
    public Optional<Pass> findByTokenDigest(TokenDigest digest) {
        return store.read(() -> passes.findUnique(byDigest, digest));
    }

    @Override
    public int end(TenantId tenant, PassScope scope) {
        return store.write(() -> changeEach(inScope(tenant, scope), LIVE, pass -> with(pass, pass.role(), PassState.ENDED)));
    }

    @Override
    public int activate(TenantId tenant, ParticipantId participant) {
        return store.write(() -> changeEach(passes.findAll(byParticipant, Scoped.of(tenant, participant)),
                Set.of(PassState.WAITING), pass -> with(pass, pass.role(), PassState.ACTIVE)));
    }

    @Override
    public int changeRole(TenantId tenant, ParticipantId participant, Role role) {
        return store.write(() -> changeEach(passes.findAll(byParticipant, Scoped.of(tenant, participant)),
                LIVE, pass -> with(pass, role, pass.state())));
    }

    private List<Pass> inScope(TenantId tenant, PassScope scope) {
        if (scope instanceof PassScope.OfParticipant of) {
            return passes.findAll(byParticipant, Scoped.of(tenant, of.participant()));
        }
        if (scope instanceof PassScope.OfGuestLink of) {
            return passes.findAll(byGuestLink, Scoped.of(tenant, of.link()));
        }
        return passes.findAll(guestsByMedia, Scoped.of(tenant, ((PassScope.OfGuestsOfMedia) scope).media()));
    }

    /** Changes every pass in one of the states; builds all new passes first so an invalid change stores nothing. */
    private int changeEach(List<Pass> candidates, Set<PassState> states, UnaryOperator<Pass> change) {
        List<Pass> changed = candidates.stream().filter(pass -> states.contains(pass.state())).map(change).toList();
        changed.forEach(pass -> passes.replace(keyOf(pass), pass));
        return changed.size();
    }

    private static Pass with(Pass pass, Role role, PassState state) {
        return new Pass(pass.id(), pass.tenant(), pass.media(), pass.kind(), pass.participant(), role, pass.tokenDigest(), state,
                pass.link(), pass.issuedAt(), pass.expiresAt());
    }

    private static Scoped<PassId> keyOf(Pass pass) {
        return Scoped.of(pass.tenant(), pass.id());
    }
}
