package dev.mediaaccess.core.invitation.application;

import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.FieldError;
import dev.mediaaccess.core.common.ValidationFailed;

/** How an invitee who accepts with a code is shown: the name they typed, else their email's name part. */
final class Names {
    private Names() {}

    static DisplayName forInvitee(String typed, EmailAddress email) {
        if (typed != null && !typed.isBlank()) {
            try {
                return DisplayName.parse(typed);
            } catch (ValidationFailed invalid) {
                throw new ValidationFailed(invalid.errors().stream()
                        .map(error -> new FieldError("name", error.code(), error.message())).toList());
            }
        }
        String local = email.value().substring(0, email.value().lastIndexOf('@'));
        return DisplayName.parse(local.length() > DisplayName.MAX_LENGTH ? local.substring(0, DisplayName.MAX_LENGTH) : local);
    }
}
