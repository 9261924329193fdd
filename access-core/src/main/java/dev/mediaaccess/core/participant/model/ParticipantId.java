package dev.mediaaccess.core.participant.model;

import dev.mediaaccess.core.internal.Identifiers;

/** Identifier of a participant of one media item. */
public record ParticipantId(String value) {
    public ParticipantId {
        Identifiers.require("ParticipantId", value);
    }

    public static ParticipantId of(String value) {
        return new ParticipantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
