package dev.mediaaccess.demo.signin;

import static dev.mediaaccess.demo.web.Html.escape;

import dev.mediaaccess.demo.web.Html;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The {@code /demo/login} page: first name and email, then the code from the dev mailbox. */
final class SignInPage {
    enum Step { EMAIL, CODE }

    private SignInPage() {}

    static String render(Optional<DemoUser> current, Step step, String email, String name, String next, Optional<String> error) {
        String problem = error.map(e -> "<p class=\"error\" id=\"login-error\" role=\"alert\">" + escape(e) + "</p>").orElse("");
        String body = step == Step.EMAIL ? emailStep(email, name, next) : codeStep(email, next);
        return Html.page("Sign in", current, """
                <p class="card"><strong>Demo only.</strong> There are no accounts here: enter any name and email, and a
                one-time code is put in the <a href="/demo/outbox" target="_blank" rel="noopener">dev mailbox</a>
                (nothing is really emailed). Signing in with the code proves, for this demo, that the email is yours.</p>
                %s
                %s
                """.formatted(problem, body));
    }

    private static String emailStep(String email, String name, String next) {
        return """
                <form id="login-form" class="card" method="post" action="/demo/login">
                  <input type="hidden" name="next" value="%s">
                  <label for="login-name">Your name</label>
                  <input id="login-name" name="name" autocomplete="name" required maxlength="100" value="%s">
                  <label for="login-email">Email</label>
                  <input id="login-email" name="email" type="email" autocomplete="email" required maxlength="254" value="%s">
                  <p><button id="login-send" type="submit">Send me a code</button></p>
                </form>
                """.formatted(escape(next), escape(name), escape(email));
    }

    private static String codeStep(String email, String next) {
        return """
                <p class="notice" id="login-code-sent">A six-digit code was sent to <strong>%s</strong>. Open the
                <a href="/demo/outbox" target="_blank" rel="noopener">dev mailbox</a> to read it.</p>
                <form id="verify-form" class="card" method="post" action="/demo/login/verify">
                  <input type="hidden" name="next" value="%s">
                  <input type="hidden" name="email" value="%s">
                  <label for="login-code">Code</label>
                  <input id="login-code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required>
                  <p><button id="login-verify" type="submit">Sign in</button></p>
                </form>
                <p><a id="login-restart" href="/demo/login?email=%s&amp;next=%s">Use another email or get a new code</a></p>
                """.formatted(escape(email), escape(next), escape(email), escape(urlEncode(email)), escape(urlEncode(next)));
    }

    private static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
