package dev.mediaaccess.demo.mailbox;

import dev.mediaaccess.demo.signin.LoginCodes;
import dev.mediaaccess.http.Html;
import dev.mediaaccess.http.RenderedEmail;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The email that carries a demo sign-in code: text and HTML, with a link back to the sign-in page. */
public final class SignInCodeEmail {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private SignInCodeEmail() {}

    public static RenderedEmail render(LoginCodes.Issued issued, URI publicBaseUrl) {
        String email = issued.email().value();
        String link = publicBaseUrl + "/demo/login?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8);
        String until = TIME.format(issued.expiresAt());
        String text = """
                Your Media Access demo sign-in code is %s

                It works once, until %s. Enter it on the sign-in page:
                %s

                If you did not ask to sign in, ignore this email.
                (Demo only: this email was never sent; it is kept in the demo's dev mailbox.)
                """.formatted(issued.code(), until, link);
        Html html = Html.of("""
                <p>Your Media Access demo sign-in code is <strong>{}</strong></p>
                <p>It works once, until {}. Enter it on the <a href="{}">sign-in page</a>.</p>
                <p>If you did not ask to sign in, ignore this email.</p>
                <p><em>Demo only: this email was never sent; it is kept in the demo's dev mailbox.</em></p>
                """, issued.code(), until, link);
        return new RenderedEmail(email, "Your Media Access demo sign-in code: " + issued.code(), text, html.markup(), List.of(link));
    }
}
