package dev.mediaaccess.core.media.model;

import dev.mediaaccess.core.internal.Identifiers;

/** Identifier of a media item, unique within its tenant. */
public record MediaId(String value) {
    public MediaId {
        Identifiers.require("MediaId", value);
    }

    public static MediaId of(String value) {
        return new MediaId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
