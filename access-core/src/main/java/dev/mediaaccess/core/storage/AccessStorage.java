package dev.mediaaccess.core.storage;

import dev.mediaaccess.core.audit.model.AuditLog;
import dev.mediaaccess.core.guestlink.model.GuestLinks;
import dev.mediaaccess.core.invitation.model.Invitations;
import dev.mediaaccess.core.invitation.model.OneTimeCodes;
import dev.mediaaccess.core.media.model.MediaCatalog;
import dev.mediaaccess.core.participant.model.Participants;
import dev.mediaaccess.core.pass.model.Passes;

/**
 * Every storage port of the core, from one adapter that shares one transaction across them. A storage adapter
 * implements this so a host wires the whole core to it in one line.
 */
public interface AccessStorage {
    Transactions transactions();

    MediaCatalog media();

    GuestLinks guestLinks();

    Invitations invitations();

    OneTimeCodes oneTimeCodes();

    Participants participants();

    Passes passes();

    AuditLog auditLog();
}
