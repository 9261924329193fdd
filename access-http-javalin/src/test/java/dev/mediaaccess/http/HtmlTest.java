package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void values_are_escaped_for_content_and_quoted_attributes() {
        Html html = Html.of("<p title=\"{}\">{}</p>", "\"x\" & 'y'", "<script>alert(1)</script>");

        assertThat(html.markup()).isEqualTo(
                "<p title=\"&quot;x&quot; &amp; &#39;y&#39;\">&lt;script&gt;alert(1)&lt;/script&gt;</p>");
        assertThat(Html.of("<td>{}</td>", 42).markup()).isEqualTo("<td>42</td>");
    }

    @Test
    void html_values_nest_without_being_escaped_twice() {
        Html name = Html.of("<b>{}</b>", "Ann & Bob");
        Html rows = Html.join(List.of(Html.of("<li>{}</li>", "a<b"), Html.of("<li>{}</li>", "c")));

        assertThat(Html.of("<p>{}</p><ul>{}</ul>{}", name, rows, Html.EMPTY).markup())
                .isEqualTo("<p><b>Ann &amp; Bob</b></p><ul><li>a&lt;b</li><li>c</li></ul>");
        assertThat(Html.when(false, name)).isEqualTo(Html.EMPTY);
        assertThat(Html.when(true, name)).isEqualTo(name);
        assertThat(name.toString()).isEqualTo(name.markup());
    }

    @Test
    void placeholders_and_arguments_must_match_and_null_is_refused() {
        assertThatThrownBy(() -> Html.of("<p>{}{}</p>", "one")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Html.of("<p>{}</p>", "one", "two")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Html.of("<p>{}</p>", (Object) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("argument 0");
    }
}
