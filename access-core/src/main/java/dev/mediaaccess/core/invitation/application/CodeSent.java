package dev.mediaaccess.core.invitation.application;

import java.time.Instant;

/** A one-time code is on its way to the invited email (shown masked) and works until {@code expiresAt}. */
public record CodeSent(String maskedEmail, Instant expiresAt) {}
