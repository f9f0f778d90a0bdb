package dk.pressline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "The story, by hand" is executable documentation: its shell block runs as written, with
 * {@code set -euo pipefail}, so a step that errors or finds nothing fails it.
 */
@OnRunningPlatform
class ReadmeStoryTests {

    static final Pattern STORY = Pattern.compile("## The story, by hand\\R.*?```bash\\R(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmeStoryRunsAsWrittenAgainstTheDemo() throws Exception {
        // As a file in UTF-8, not an argument: a JVM in the POSIX locale would pass "ø" on as "?".
        var script =
                Files.writeString(Files.createTempFile("readme-story", ".sh"), storyBlock(), StandardCharsets.UTF_8);
        var output = Files.createTempFile("readme-story", ".log");
        var story = new ProcessBuilder("bash", "-euo", "pipefail", script.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        story.environment().put("LC_ALL", "C.UTF-8");
        var bash = story.start();

        var finished = bash.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            bash.destroyForcibly();
        }
        var printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as("the story within 5 minutes:\n" + printed).isTrue();
        assertThat(bash.exitValue()).as("the story's exit code:\n" + printed).isZero();
        assertThat(printed).as("the story's last step").contains("unsubscribed: 200");
    }

    static String storyBlock() throws IOException {
        var readme = Files.readString(RunningPlatform.repository().resolve("README.md"), StandardCharsets.UTF_8);
        var story = STORY.matcher(readme);
        assertThat(story.find())
                .as("a bash block under \"## The story, by hand\" in README.md")
                .isTrue();
        return story.group(1);
    }
}
