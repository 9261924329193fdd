package dev.mediaaccess.demo.config;

/** A flag or environment variable the demo cannot use; the message tells the person what to change. */
public final class BadConfig extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BadConfig(String message) {
        super(message);
    }
}
