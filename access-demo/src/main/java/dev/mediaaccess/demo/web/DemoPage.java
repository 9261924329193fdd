package dev.mediaaccess.demo.web;

import dev.mediaaccess.demo.signin.DemoUser;
import dev.mediaaccess.http.Html;
import java.util.Optional;

/**
 * The demo's page frame. Pages are built with the HTTP adapter's {@link Html} templates, which escape every value, so
 * no user or stored text is ever written as markup.
 */
public final class DemoPage {
    private static final Html STYLE = Html.of("""
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
            .demo-banner{background:#fff3cd;color:#664d03;padding:.5rem 1rem;border-bottom:1px solid #ffe69c;font-size:.9rem}
            nav{display:flex;gap:1rem;align-items:center;padding:.75rem 1rem;background:#fff;border-bottom:1px solid #dde1e6}
            nav .who{margin-left:auto;display:flex;gap:.5rem;align-items:center}
            main{max-width:52rem;margin:1.5rem auto;padding:0 1rem}
            form.inline{display:inline}
            label{display:block;margin:.5rem 0 .2rem}
            input,select{padding:.4rem;font-size:1rem;min-width:18rem}
            button{padding:.4rem .9rem;font-size:1rem;cursor:pointer}
            .card{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:1rem;margin:1rem 0}
            .error{color:#b02a37}
            .notice{color:#0f5132}
            table{border-collapse:collapse;width:100%;background:#fff}
            td,th{border:1px solid #dde1e6;padding:.4rem .6rem;text-align:left;vertical-align:top}
            pre{white-space:pre-wrap;margin:0}
            """);

    private DemoPage() {}

    /** A whole page: the "demo only" banner, a navigation bar showing who is signed in, then {@code body}. */
    public static String render(String title, Optional<DemoUser> user, Html body) {
        Html who = user
                .map(u -> Html.of("""
                        <span id="signed-in-as">Signed in as {} &lt;{}&gt;</span>
                        <form method="post" action="/demo/logout" class="inline"><button id="sign-out" type="submit">Sign out</button></form>""",
                        u.name().value(), u.email().value()))
                .orElse(Html.of("<a id=\"sign-in-link\" href=\"/demo/login\">Sign in</a>"));
        return Html.of("""
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{} · Media Access demo</title>
                <style>{}</style>
                </head>
                <body>
                <div class="demo-banner" id="demo-banner">Demo only: sign-in here is for trying Media Access out, and every email goes to the dev mailbox instead of being sent.</div>
                <nav><a href="/">Home</a> <a id="mailbox-link" href="/demo/outbox">Dev mailbox</a> <span class="who">{}</span></nav>
                <main>
                <h1>{}</h1>
                {}
                </main>
                </body>
                </html>
                """, title, STYLE, who, title, body).markup();
    }
}
