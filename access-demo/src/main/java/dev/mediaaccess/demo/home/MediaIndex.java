package dev.mediaaccess.demo.home;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.mediaaccess.core.media.model.MediaId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ids of the media registered through this demo, one per line in a file, so the home page can list a user's
 * media. The core keeps access, not a catalogue to browse: a host lists its own media, and this is the demo's list.
 * It may name media whose registration was rolled back; readers check each id against the core's catalogue.
 */
public final class MediaIndex {
    private final Path file;
    private final Set<MediaId> ids = new LinkedHashSet<>();

    private MediaIndex(Path file) {
        this.file = file;
    }

    /** Reads the index from {@code file}, which need not exist yet. */
    public static MediaIndex load(Path file) {
        MediaIndex index = new MediaIndex(file);
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, UTF_8)) {
                    if (!line.isBlank()) {
                        index.ids.add(MediaId.of(line.strip()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the media index " + file, e);
        }
        return index;
    }

    public synchronized void add(MediaId id) {
        if (!ids.add(id)) {
            return;
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Files.writeString(file, id.value() + "\n", UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the media index " + file, e);
        }
    }

    public synchronized List<MediaId> ids() {
        return List.copyOf(ids);
    }
}
