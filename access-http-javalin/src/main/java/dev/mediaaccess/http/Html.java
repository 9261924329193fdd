package dev.mediaaccess.http;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Markup built from constant templates, so that nothing a person typed can become markup: each {@code {}} in a template
 * takes the next argument, escaped, unless that argument is itself {@code Html} (already built this way).
 * {@code Html.of("<p data-id=\"{}\">{}</p>", id, name)}.
 */
record Html(String markup) {
    static final Html EMPTY = new Html("");

    static Html of(String template, Object... args) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int next = 0;
        int from = 0;
        for (int at = template.indexOf("{}"); at >= 0; at = template.indexOf("{}", from)) {
            if (next >= args.length) {
                throw new IllegalArgumentException("more {} than arguments in: " + template);
            }
            out.append(template, from, at).append(fragment(args[next++]));
            from = at + 2;
        }
        if (next != args.length) {
            throw new IllegalArgumentException("more arguments than {} in: " + template);
        }
        return new Html(out.append(template.substring(from)).toString());
    }

    static Html join(Collection<Html> parts) {
        return new Html(parts.stream().map(Html::markup).collect(Collectors.joining()));
    }

    static Html when(boolean condition, Html html) {
        return condition ? html : EMPTY;
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

    private static String fragment(Object arg) {
        if (arg instanceof Html html) {
            return html.markup;
        }
        return escape(String.valueOf(arg));
    }

    @Override
    public String toString() {
        return markup;
    }
}
