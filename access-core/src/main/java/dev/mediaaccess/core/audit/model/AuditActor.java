package dev.mediaaccess.core.audit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.UserId;
import dev.mediaaccess.core.participant.model.ParticipantId;
import java.util.Locale;

/**
 * Who did what the audit trail records: a host user, a participant acting through their pass, a guest joining, or an
 * invitee proving their email. Stored and shown as {@link #text()}: {@code user:42}, {@code participant:p-1},
 * {@code guest:ann@example.com}, {@code invitee:bo@example.com}.
 */
public record AuditActor(Kind kind, String id) {

    /** The kinds of actor, each with the prefix of its text form. */
    public enum Kind {
        USER, PARTICIPANT, GUEST, INVITEE;

        String prefix() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public AuditActor {
        requireNonNull(kind, "kind");
        requireNonNull(id, "id");
        checkArgument(!id.isEmpty(), "an actor has an id");
    }

    public static AuditActor user(UserId user) {
        return new AuditActor(Kind.USER, user.value());
    }

    public static AuditActor participant(ParticipantId participant) {
        return new AuditActor(Kind.PARTICIPANT, participant.value());
    }

    /** Someone joining through a guest link, named by the email they typed. */
    public static AuditActor guest(EmailAddress email) {
        return new AuditActor(Kind.GUEST, email.value());
    }

    /** Someone opening an invitation, named by the invited email. */
    public static AuditActor invitee(EmailAddress email) {
        return new AuditActor(Kind.INVITEE, email.value());
    }

    /** Reads the text form written by {@link #text()}. */
    public static AuditActor parse(String text) {
        requireNonNull(text, "text");
        int colon = text.indexOf(':');
        checkArgument(colon > 0, "not an audit actor: %s", text);
        String prefix = text.substring(0, colon);
        for (Kind kind : Kind.values()) {
            if (kind.prefix().equals(prefix)) {
                return new AuditActor(kind, text.substring(colon + 1));
            }
        }
        throw new IllegalArgumentException("not an audit actor: " + text);
    }

    /** The stored and shown form, {@code kind:id}. */
    public String text() {
        return kind.prefix() + ":" + id;
    }

    @Override
    public String toString() {
        return text();
    }
}
