package dev.mediaaccess.demo.signin;

import dev.mediaaccess.demo.web.DemoPage;
import dev.mediaaccess.http.Html;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The {@code /demo/login} page: first name and email, then the code from the dev mailbox. */
final class SignInPage {
    enum Step { EMAIL, CODE }

    private SignInPage() {}

    static String render(Optional<DemoUser> current, Step step, String email, String name, String next, Optional<String> error) {
        Html problem = error.map(e -> Html.of("<p class=\"error\" id=\"login-error\" role=\"alert\">{}</p>", e)).orElse(Html.EMPTY);
        Html body = step == Step.EMAIL ? emailStep(email, name, next) : codeStep(email, next);
        return DemoPage.render("Sign in", current, Html.of("""
                <p class="card"><strong>Demo only.</strong> There are no accounts here: enter any name and email, and a
                one-time code is put in the <a href="/demo/outbox" target="_blank" rel="noopener">dev mailbox</a>
                (nothing is really emailed). Signing in with the code proves, for this demo, that the email is yours.</p>
                {}
                {}
                """, problem, body));
    }

    private static Html emailStep(String email, String name, String next) {
        return Html.of("""
                <form id="login-form" class="card" method="post" action="/demo/login">
                  <input type="hidden" name="next" value="{}">
                  <label for="login-name">Your name</label>
                  <input id="login-name" name="name" autocomplete="name" required maxlength="100" value="{}">
                  <label for="login-email">Email</label>
                  <input id="login-email" name="email" type="email" autocomplete="email" required maxlength="254" value="{}">
                  <p><button id="login-send" type="submit">Send me a code</button></p>
                </form>
                """, next, name, email);
    }

    private static Html codeStep(String email, String next) {
        return Html.of("""
                <p class="notice" id="login-code-sent">A six-digit code was sent to <strong>{}</strong>. Open the
                <a href="/demo/outbox" target="_blank" rel="noopener">dev mailbox</a> to read it.</p>
                <form id="verify-form" class="card" method="post" action="/demo/login/verify">
                  <input type="hidden" name="next" value="{}">
                  <input type="hidden" name="email" value="{}">
                  <label for="login-code">Code</label>
                  <input id="login-code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required>
                  <p><button id="login-verify" type="submit">Sign in</button></p>
                </form>
                <p><a id="login-restart" href="/demo/login?email={}&amp;next={}">Use another email or get a new code</a></p>
                """, email, next, email, urlEncode(email), urlEncode(next));
    }

    private static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
