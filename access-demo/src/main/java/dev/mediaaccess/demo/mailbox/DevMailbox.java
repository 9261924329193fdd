package dev.mediaaccess.demo.mailbox;

import static java.util.Objects.requireNonNull;

import dev.mediaaccess.core.notification.Notification;
import dev.mediaaccess.core.notification.Notifier;
import dev.mediaaccess.http.EmailRenderer;
import dev.mediaaccess.http.RenderedEmail;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The demo's mail server that sends nothing: every email the server would have sent (invitations, invitation codes,
 * demo sign-in codes) is kept here, newest first, for people to read at {@code /demo/outbox}. Kept in memory, the
 * newest {@value #CAPACITY} only.
 */
public final class DevMailbox implements Notifier {
    public static final int CAPACITY = 500;

    private final Clock clock;
    private final Deque<SentEmail> emails = new ArrayDeque<>();

    public DevMailbox(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    /** One email as the server would have sent it. */
    public record SentEmail(Instant sentAt, RenderedEmail email) {
        public SentEmail {
            requireNonNull(sentAt, "sentAt");
            requireNonNull(email, "email");
        }
    }

    /** What the core asks to deliver, rendered as the HTTP adapter renders emails for real mailers. */
    @Override
    public void send(Notification notification) {
        deliver(EmailRenderer.render(notification));
    }

    /** An email the demo itself writes, such as a sign-in code. */
    public synchronized void deliver(RenderedEmail email) {
        emails.addFirst(new SentEmail(clock.instant(), email));
        while (emails.size() > CAPACITY) {
            emails.removeLast();
        }
    }

    /** Every kept email, newest first. */
    public synchronized List<SentEmail> all() {
        return List.copyOf(emails);
    }

    /** The kept emails to one address (compared without case), newest first. */
    public synchronized List<SentEmail> to(String address) {
        String wanted = address.strip().toLowerCase(Locale.ROOT);
        List<SentEmail> found = new ArrayList<>();
        for (SentEmail sent : emails) {
            if (sent.email().to().toLowerCase(Locale.ROOT).equals(wanted)) {
                found.add(sent);
            }
        }
        return found;
    }
}
