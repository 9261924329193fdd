package dev.mediaaccess.http;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An email ready to send: a subject with no line breaks, a plain-text and an HTML body with every user string
 * escaped for its format, and the links it carries.
 */
public record RenderedEmail(String to, String subject, String textBody, String htmlBody, List<String> links) {
    public RenderedEmail {
        requireNonNull(to, "to");
        requireNonNull(subject, "subject");
        requireNonNull(textBody, "textBody");
        requireNonNull(htmlBody, "htmlBody");
        links = List.copyOf(links);
    }

    @Override
    public String toString() {
        return "RenderedEmail[to=" + to + ", subject=" + subject + ", body and links redacted]";
    }
}
