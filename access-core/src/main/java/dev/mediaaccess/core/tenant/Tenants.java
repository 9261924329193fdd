package dev.mediaaccess.core.tenant;

import dev.mediaaccess.core.common.TenantId;

/** Port: the host tells the core each tenant's limits. Must answer quickly; it is asked on most operations. */
@FunctionalInterface
public interface Tenants {
    TenantSettings settings(TenantId tenant);

    /** Every tenant gets the same settings. */
    static Tenants uniform(TenantSettings settings) {
        return tenant -> settings;
    }
}
