package dev.mediaaccess.core.guestlink.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.core.common.Validation;
import dev.mediaaccess.core.common.ValidationFailed;
import dev.mediaaccess.core.internal.Text;
import dev.mediaaccess.core.media.model.MediaKind;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * What the owner chooses for one guest link.
 *
 * @param label a name for the owner's own use, up to 100 characters
 * @param expiresAt after this instant the link admits nobody
 * @param maxJoins how many different people may join through it (1 to 1,000,000); returning guests do not count again
 * @param allowedDomains if not empty, only emails at these domains (ASCII, lower case) may join
 * @param admission automatic, or moderator approval (live kinds only)
 */
public record GuestLinkSettings(
        Optional<String> label,
        Optional<Instant> expiresAt,
        Optional<Integer> maxJoins,
        Set<String> allowedDomains,
        Admission admission) {
    public static final int MAX_LABEL_LENGTH = 100;
    public static final int MAX_JOINS_LIMIT = 1_000_000;
    public static final int MAX_DOMAINS = 50;

    public GuestLinkSettings {
        requireNonNull(label, "label");
        requireNonNull(expiresAt, "expiresAt");
        requireNonNull(maxJoins, "maxJoins");
        requireNonNull(admission, "admission");
        allowedDomains = ImmutableSortedSet.copyOf(allowedDomains);
        maxJoins.ifPresent(max -> {
            if (max < 1 || max > MAX_JOINS_LIMIT) {
                throw new IllegalArgumentException("maxJoins must be 1 to " + MAX_JOINS_LIMIT);
            }
        });
    }

    /** Refuses settings that do not fit media of {@code kind}: moderator approval needs a live kind's lobby. */
    public GuestLinkSettings requireFits(MediaKind kind) {
        if (admission == Admission.MODERATOR_APPROVAL && !kind.isLive()) {
            throw new AccessRefused(ErrorCode.ADMISSION_NOT_ALLOWED_FOR_KIND,
                    "Moderator approval needs a live session; " + kind + " has no lobby.");
        }
        return this;
    }

    /** No label, no expiry, no limit, any domain, automatic admission. */
    public static GuestLinkSettings open() {
        return new GuestLinkSettings(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Admission.AUTOMATIC);
    }

    /**
     * Validates what an owner asked for, reporting every problem at once under the field names
     * {@code label}, {@code expiresAt}, {@code maxJoins}, {@code allowedDomains[i]}.
     */
    public static GuestLinkSettings parse(
            String label, Instant expiresAt, Integer maxJoins, Collection<String> allowedDomains, Admission admission, Instant now) {
        Validation v = new Validation();
        String cleanLabel = label == null || label.isBlank() ? null : v.field("label", () -> Text.clean(label, 1, MAX_LABEL_LENGTH, false));
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            v.reject("expiresAt", "not-in-future", "must be in the future");
        }
        if (maxJoins != null && (maxJoins < 1 || maxJoins > MAX_JOINS_LIMIT)) {
            v.reject("maxJoins", "out-of-range", "must be between 1 and " + MAX_JOINS_LIMIT);
        }
        ImmutableSortedSet.Builder<String> domains = ImmutableSortedSet.naturalOrder();
        if (allowedDomains != null) {
            if (allowedDomains.size() > MAX_DOMAINS) {
                v.reject("allowedDomains", "too-many", "at most " + MAX_DOMAINS + " domains");
            }
            int i = 0;
            for (String domain : allowedDomains) {
                String field = "allowedDomains[" + i++ + "]";
                String ascii = v.field(field, () -> domainOf(domain));
                if (ascii != null) {
                    domains.add(ascii);
                }
            }
        }
        v.throwIfInvalid();
        return new GuestLinkSettings(Optional.ofNullable(cleanLabel), Optional.ofNullable(expiresAt), Optional.ofNullable(maxJoins),
                domains.build(), admission == null ? Admission.AUTOMATIC : admission);
    }

    /** Whether an email may join under these settings. */
    public boolean admitsDomainOf(EmailAddress email) {
        return allowedDomains.isEmpty() || allowedDomains.contains(email.domain());
    }

    private static String domainOf(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ValidationFailed.of("", "invalid-domain", "must be a domain such as example.com");
        }
        try {
            return EmailAddress.asciiDomain(raw.startsWith("@") ? raw.substring(1) : raw);
        } catch (ValidationFailed invalid) {
            throw ValidationFailed.of("", "invalid-domain", "must be a domain such as example.com");
        }
    }
}
