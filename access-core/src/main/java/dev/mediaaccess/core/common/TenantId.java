package dev.mediaaccess.core.common;

import dev.mediaaccess.core.internal.Identifiers;
/** Identifier of a tenant (a host organisation) as the host application knows it. */
public record TenantId(String value) {
    public TenantId {
        Identifiers.require("TenantId", value);
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
