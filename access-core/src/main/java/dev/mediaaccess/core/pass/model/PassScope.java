package dev.mediaaccess.core.pass.model;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.ParticipantId;

/** Which passes an operation ends or changes. */
public sealed interface PassScope {
    /** Every pass of one participant. */
    record OfParticipant(ParticipantId participant) implements PassScope {
        public OfParticipant {
            requireNonNull(participant, "participant");
        }
    }

    /** Every pass issued through one guest link. */
    record OfGuestLink(GuestLinkId link) implements PassScope {
        public OfGuestLink {
            requireNonNull(link, "link");
        }
    }

    /** Every pass issued through any guest link of one media item. */
    record OfGuestsOfMedia(MediaId media) implements PassScope {
        public OfGuestsOfMedia {
            requireNonNull(media, "media");
        }
    }

    static PassScope participant(ParticipantId id) {
        return new OfParticipant(id);
    }

    static PassScope guestLink(GuestLinkId id) {
        return new OfGuestLink(id);
    }

    static PassScope guestsOf(MediaId media) {
        return new OfGuestsOfMedia(media);
    }
}
