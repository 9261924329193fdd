package dev.mediaaccess.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mediaaccess.core.common.ErrorCode;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** docs/openapi.yaml describes exactly the routes the adapter registers, and docs/http.md every error code. */
class OpenApiTest {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private TestWorld world;

    @BeforeEach
    void start() {
        world = new TestWorld();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void every_registered_route_is_described_and_every_described_route_exists() throws IOException {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(docs("openapi.yaml").toFile());
        assertThat(spec.get("openapi").asText()).startsWith("3.1");

        Set<String> described = new TreeSet<>();
        for (Iterator<String> paths = spec.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            spec.get("paths").get(path).fieldNames().forEachRemaining(key -> {
                if (METHODS.contains(key)) {
                    described.add(key.toUpperCase(Locale.ROOT) + " " + path);
                }
            });
        }
        Set<String> registered = new TreeSet<>();
        world.app.unsafe.internalRouter.allHttpHandlers().forEach(parsed -> {
            HandlerType method = parsed.endpoint.method;
            if (METHODS.contains(method.name().toLowerCase(Locale.ROOT))) {
                registered.add(method.name() + " " + parsed.endpoint.path);
            }
        });

        assertThat(registered).hasSizeGreaterThan(25);
        assertThat(described).containsExactlyElementsOf(registered);
    }

    @Test
    void every_error_code_and_its_status_is_in_the_docs() throws IOException {
        String http = Files.readString(docs("http.md"));

        Arrays.stream(ErrorCode.values()).forEach(code -> assertThat(http)
                .as("docs/http.md lists %s", code.code())
                .contains("`" + code.code() + "` | " + Problem.statusOf(code.category())));
        for (String adapterCode : new String[] {"malformed-request", "payload-too-large", "unsupported-media-type",
                "too-many-attempts", "cross-site-request", "not-found", "internal-error"}) {
            assertThat(http).contains("`" + adapterCode + "`");
        }
    }

    /** The repository's docs folder, found from wherever the build runs the tests. */
    private static Path docs(String file) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve(file);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/" + file + " not found above " + Path.of("").toAbsolutePath());
    }
}
