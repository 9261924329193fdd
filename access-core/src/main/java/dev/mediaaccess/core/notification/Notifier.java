package dev.mediaaccess.core.notification;

/**
 * Port: delivers notifications (invitation emails, one-time codes). Called after the change that caused it has been
 * committed, never inside a transaction. Delivery failures should be handled (queued, retried) by the adapter; an
 * exception here reaches the caller, but the committed change stands.
 */
@FunctionalInterface
public interface Notifier {
    void send(Notification notification);
}
