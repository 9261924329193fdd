package dev.mediaaccess.http;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * HTML built from constant templates, so that nothing a person typed can become markup. The adapter builds its pages
 * with it; hosts may build theirs the same way.
 * <pre>{@code
 * Html row = Html.of("<tr data-id=\"{}\"><td>{}</td></tr>", item.id(), item.title());
 * Html page = Html.of("<h1>{}</h1><table>{}</table>{}", title, Html.join(rows),
 *         Html.when(rows.isEmpty(), Html.of("<p>Nothing yet.</p>")));
 * ctx.html(page.markup());
 * }</pre>
 * <ul>
 *   <li><b>Escaping.</b> Each {@code {}} in the template takes the next argument, as text: {@code &}, {@code <},
 *       {@code >}, {@code "} and {@code '} become {@code &amp;}, {@code &lt;}, {@code &gt;}, {@code &quot;} and
 *       {@code &#39;}, which is safe in element content and in quoted attribute values (always quote attributes).
 *       Any other argument is first turned into text with {@link String#valueOf(Object)}; {@code null} is refused.
 *       Escaping does not make a value safe where text is not expected: inside {@code <script>} or {@code <style>},
 *       in an unquoted attribute, or as a URL in {@code href} (check the scheme yourself).</li>
 *   <li><b>Nesting.</b> An argument that is itself {@code Html} is inserted as it is, not escaped again: build the
 *       parts of a page with {@code Html.of} and pass them to the template around them.</li>
 *   <li><b>The template</b> is markup, trusted as written: always a constant in the code, never text from a request,
 *       a database or a file. The number of {@code {}} and of arguments must match.</li>
 *   <li>{@link #EMPTY} is no markup; {@link #when} is a part shown on a condition; {@link #join} puts parts one after
 *       another.</li>
 * </ul>
 * {@code Html} values are immutable and compare by their markup.
 */
public final class Html {
    /** No markup at all. */
    public static final Html EMPTY = new Html("");

    private final String markup;

    private Html(String markup) {
        this.markup = markup;
    }

    /**
     * The template with each {@code {}} replaced by the next argument, escaped unless it is {@code Html}.
     *
     * @throws IllegalArgumentException if the template has more or fewer {@code {}} than there are arguments
     * @throws NullPointerException if an argument is null
     */
    public static Html of(String template, Object... args) {
        requireNonNull(template, "template");
        StringBuilder out = new StringBuilder(template.length() + 64);
        int next = 0;
        int from = 0;
        for (int at = template.indexOf("{}"); at >= 0; at = template.indexOf("{}", from)) {
            if (next >= args.length) {
                throw new IllegalArgumentException("more {} than arguments in: " + template);
            }
            out.append(template, from, at).append(fragment(args[next], next));
            next++;
            from = at + 2;
        }
        if (next != args.length) {
            throw new IllegalArgumentException("more arguments than {} in: " + template);
        }
        return new Html(out.append(template.substring(from)).toString());
    }

    /** The parts one after another, in order, without anything between them. */
    public static Html join(Collection<Html> parts) {
        return new Html(parts.stream().map(Html::markup).collect(Collectors.joining()));
    }

    /** {@code html} if the condition holds, else {@link #EMPTY}. */
    public static Html when(boolean condition, Html html) {
        return condition ? requireNonNull(html, "html") : EMPTY;
    }

    /** The markup, ready to send. */
    public String markup() {
        return markup;
    }

    /** Escapes text for HTML element content and quoted attribute values alike. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String fragment(Object arg, int index) {
        if (arg instanceof Html html) {
            return html.markup;
        }
        return escape(String.valueOf(requireNonNull(arg, () -> "argument " + index + " is null")));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Html html && html.markup.equals(markup);
    }

    @Override
    public int hashCode() {
        return markup.hashCode();
    }

    /** The markup, as {@link #markup()}. */
    @Override
    public String toString() {
        return markup;
    }
}
