package dev.mediaaccess.testkit.memory;

import dev.mediaaccess.core.common.TenantId;
import dev.mediaaccess.core.invitation.model.InvitationId;
import dev.mediaaccess.core.invitation.model.OneTimeCode;
import dev.mediaaccess.core.invitation.model.OneTimeCodes;
import java.util.Optional;

final class InMemoryOneTimeCodes implements OneTimeCodes {
    private final Store store;
    private final Table<Scoped<InvitationId>, OneTimeCode> codes;

    InMemoryOneTimeCodes(Store store) {
        this.store = store;
        this.codes = new Table<>(store, "one-time codes");
    }

    @Override
    public void put(OneTimeCode code) {
        store.change(() -> {
            Scoped<InvitationId> key = Scoped.of(code.tenant(), code.invitation());
            codes.delete(key);
            codes.insert(key, code);
        });
    }

    @Override
    public Optional<OneTimeCode> find(TenantId tenant, InvitationId invitation) {
        return store.read(() -> codes.get(Scoped.of(tenant, invitation)));
    }

    @Override
    public boolean tryAttempt(TenantId tenant, InvitationId invitation, int maxAttempts) {
        return store.write(() -> {
            Scoped<InvitationId> key = Scoped.of(tenant, invitation);
            Optional<OneTimeCode> open = codes.get(key).filter(code -> code.attempts() < maxAttempts);
            open.ifPresent(code -> codes.replace(key,
                    new OneTimeCode(code.tenant(), code.invitation(), code.codeDigest(), code.expiresAt(), code.attempts() + 1)));
            return open.isPresent();
        });
    }

    @Override
    public void remove(TenantId tenant, InvitationId invitation) {
        store.change(() -> codes.delete(Scoped.of(tenant, invitation)));
    }
}
