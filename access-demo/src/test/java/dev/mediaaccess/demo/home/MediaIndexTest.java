package dev.mediaaccess.demo.home;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediaaccess.core.media.model.MediaId;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaIndexTest {
    @TempDir
    Path dir;

    @Test
    void remembers_ids_across_loads_once_each_in_order() {
        Path file = dir.resolve("data/media-index");
        MediaIndex index = MediaIndex.load(file);
        index.add(MediaId.of("a"));
        index.add(MediaId.of("b"));
        index.add(MediaId.of("a"));

        MediaIndex reloaded = MediaIndex.load(file);

        assertThat(index.ids()).containsExactly(MediaId.of("a"), MediaId.of("b"));
        assertThat(reloaded.ids()).containsExactly(MediaId.of("a"), MediaId.of("b"));
    }

    @Test
    void a_missing_file_is_an_empty_index() {
        assertThat(MediaIndex.load(dir.resolve("nothing-here")).ids()).isEmpty();
    }
}
