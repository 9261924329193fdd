package dev.mediaaccess.http;

import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.guestlink.model.GuestLinkId;
import dev.mediaaccess.core.invitation.model.InvitationId;
import dev.mediaaccess.core.media.model.MediaId;
import dev.mediaaccess.core.participant.model.ParticipantId;
import io.javalin.http.Context;
import java.util.function.Function;

/** Path parameters as domain identifiers; an identifier that cannot exist is simply not found. */
final class Ids {
    private Ids() {}

    static MediaId media(Context ctx) {
        return parse(ctx.pathParam("mediaId"), MediaId::new, ErrorCode.MEDIA_NOT_FOUND, "No such media.");
    }

    static GuestLinkId link(Context ctx) {
        return link(ctx.pathParam("linkId"));
    }

    static GuestLinkId link(String raw) {
        return parse(raw, GuestLinkId::new, ErrorCode.GUEST_LINK_NOT_FOUND, "This media has no such guest link.");
    }

    static InvitationId invitation(Context ctx) {
        return parse(ctx.pathParam("invitationId"), InvitationId::new, ErrorCode.INVITATION_NOT_FOUND,
                "This media has no such invitation.");
    }

    static ParticipantId participant(Context ctx) {
        return parse(ctx.pathParam("participantId"), ParticipantId::new, ErrorCode.PARTICIPANT_NOT_FOUND,
                "This media has no such participant.");
    }

    private static <T> T parse(String raw, Function<String, T> parser, ErrorCode notFound, String detail) {
        try {
            return parser.apply(raw);
        } catch (IllegalArgumentException | NullPointerException impossible) {
            throw new AccessRefused(notFound, detail);
        }
    }
}
