package cn.tongxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.tongxin.shared.SubjectType;

/** Subjects are named by {@link SubjectType} only: no string literal (Java or SQL) spells one anywhere else. */
class SubjectReferenceTests {

    private static final Path MAIN = Path.of("src/main/java/cn/tongxin");
    private static final Path TYPE = MAIN.resolve("shared/SubjectType.java");

    @Test
    void noSubjectIsSpelledAsAStringOutsideSubjectType() throws IOException {
        String names = String.join("|", Arrays.stream(SubjectType.values()).map(Enum::name).toList());
        Pattern literal = Pattern.compile("[\"'](" + names + ")[\"']");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(TYPE)).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (literal.matcher(lines.get(i)).find()) {
                        found.add(MAIN.relativize(file) + ":" + (i + 1) + "  " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("subject types spelled as strings").isEmpty();
    }
}
