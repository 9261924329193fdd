package dev.mediaaccess.http;

/**
 * Wraps anything unexpected thrown by one of the adapter's handlers, so that only the adapter's own routes answer it
 * with a 500 problem; the host's routes keep whatever exception handling the host configured.
 */
final class UnexpectedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnexpectedFailure(Throwable cause) {
        super(cause);
    }
}
