package dev.mediaaccess.testkit.memory;

import dev.mediaaccess.core.common.TenantId;

/** A key within one tenant: the same id under two tenants names two different things. */
record Scoped<I>(TenantId tenant, I id) {
    static <I> Scoped<I> of(TenantId tenant, I id) {
        return new Scoped<>(tenant, id);
    }
}
