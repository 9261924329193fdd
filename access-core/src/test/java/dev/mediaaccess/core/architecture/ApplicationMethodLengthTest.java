package dev.mediaaccess.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps the use cases readable: no method or constructor of the application layer (and its internal plumbing) runs
 * over 40 lines, counted from its signature to its closing brace in the source.
 */
class ApplicationMethodLengthTest {
    private static final int MAX_LINES = 40;
    private static final Path SOURCES = Path.of("src/main/java/dev/mediaaccess/core");
    /** A member declaration at class level (four spaces in): modifiers, a name, an opening parenthesis. */
    private static final Pattern MEMBER = Pattern.compile(
            "^    (?:public |private |protected |static |final |synchronized |default )*(?:<[^>]+> )?[\\w.<>\\[\\], ?]*?\\b(\\w+)\\(.*");

    @Test
    @DisplayName("no method of the application layer is longer than 40 lines")
    void methodsAreShort() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(ApplicationMethodLengthTest::isApplicationLayer).toList()) {
                tooLong.addAll(longMethods(file));
            }
        }
        assertThat(tooLong).as("methods over %d lines", MAX_LINES).isEmpty();
    }

    @Test
    @DisplayName("the length check finds the methods it measures")
    void findsMethods() throws IOException {
        Path invitations = SOURCES.resolve("invitation/application/InvitationManagement.java");
        assertThat(measured(invitations)).contains("invite", "changeRole", "resend", "revoke");
    }

    private static boolean isApplicationLayer(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.endsWith(".java") && (path.contains("/application/") || path.contains("/internal/"));
    }

    private static List<String> longMethods(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        measure(file, (name, lines) -> {
            if (lines > MAX_LINES) {
                found.add(file.getFileName() + "#" + name + ": " + lines + " lines");
            }
        });
        return found;
    }

    private static List<String> measured(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        measure(file, (name, lines) -> names.add(name));
        return names;
    }

    private interface Sink {
        void method(String name, int lines);
    }

    /** Finds each member with a body at class level and counts its lines to the brace that closes it. */
    private static void measure(Path file, Sink sink) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            Matcher member = MEMBER.matcher(lines.get(i));
            if (!member.matches() || lines.get(i).contains(" record ") || lines.get(i).contains(" class ")) {
                continue;
            }
            int signatureEnd = i;
            while (!lines.get(signatureEnd).endsWith("{") && !lines.get(signatureEnd).endsWith(";")) {
                signatureEnd++;
            }
            if (lines.get(signatureEnd).endsWith(";")) {
                continue;
            }
            int end = signatureEnd;
            while (!lines.get(end).equals("    }")) {
                end++;
            }
            sink.method(member.group(1), end - i + 1);
            i = end;
        }
    }
}
