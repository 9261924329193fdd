package dev.mediaaccess.http;

import io.javalin.http.Context;

/** A whole HTML page in the adapter's layout: its own stylesheet and script, nothing inline (the CSP forbids it). */
record Page(HttpSettings settings, String title, Html main) {

    void writeTo(Context ctx, int status) {
        Html document = Html.of("""
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer">
                <title>{}</title>
                <link rel="stylesheet" href="{}">
                <script defer src="{}"></script>
                </head>
                <body data-prefix="{}">
                <main id="main">
                {}
                </main>
                </body>
                </html>
                """, title, settings.publicPath("/assets/access.css"), settings.publicPath("/assets/access.js"),
                settings.publicPath(""), main);
        ctx.status(status).contentType("text/html; charset=utf-8").result(document.markup());
        Json.markAnswered(ctx);
    }

    /** A page saying what went wrong, for any refusal on a page route. */
    static Page refusal(HttpSettings settings, Problem problem) {
        return new Page(settings, problem.title(), Html.of("""
                <section id="error-page" data-testid="error-page" data-code="{}" data-status="{}" class="notice">
                <h1 id="error-title">{}</h1>
                <p id="error-detail" data-testid="error-detail">{}</p>
                </section>
                """, problem.code(), problem.status(), problem.title(), problem.detail()));
    }

    /** A page for a link that does not (or no longer) lead anywhere, with an id that says which case it is. */
    static Page notice(HttpSettings settings, String id, String title, String detail) {
        return new Page(settings, title, Html.of("""
                <section id="{}" data-testid="{}" class="notice">
                <h1>{}</h1>
                <p class="notice-detail">{}</p>
                </section>
                """, id, id, title, detail));
    }
}
