package org.rematch.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rematch.devstack.RepoRoot;

/**
 * Runs the README's curl walk-through, command for command, against the platform: the only changes are the
 * gateway's address and the admin's credentials, which differ in the test platform.
 */
@ExtendWith(SystemUnderTest.class)
class ReadmeWalkthroughIT {

    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theCurlWalkthroughWorksAsWritten(@TempDir Path work) throws Exception {
        Path passwordFile = Files.writeString(work.resolve("admin-password"), SystemUnderTest.ADMIN_PASSWORD);
        String script = walkthrough()
                .replace("G=http://localhost:8080", "G=" + SystemUnderTest.platform().url("gateway"))
                .replace("http://localhost:8025", SystemUnderTest.mailbox())
                .replace("admin@rematch.local", SystemUnderTest.ADMIN_EMAIL)
                .replace(".devstack/admin-password", passwordFile.toString());

        String output = run(script, work);

        assertThat(output).contains("\"roles\":[\"MODERATOR\"]", "\"name\":\"IM reapplicants from Pakistan\"");
        assertThat(output).contains("data:{\"notification\":{", "\"subject\":\"New mentee proposal: Amina Khan\"",
                "\"streamPosition\":");
        assertThat(output).contains("\"title\":\"New mentee proposal: Amina Khan\"", "Both trained in Pakistan", "Made it into residency", "or it goes to another mentor.");
        assertThat(output).contains("\"sort\":\"match\"", "\"matchScore\":");
        assertThat(output).contains("\"state\":\"DECLINED\"", "\"mentorDisplayName\":\"Dr. Sara Iyer\",\"menteePath\":{", "\"matchAttempts\":2},\"state\":\"PROPOSED\"",
                "\"components\":{\"SPECIALTY\":0.3,");
        assertThat(output).contains("\"state\":\"ACCEPTED\"", "Dr. Sara Iyer accepted you as a mentee",
                "\"type\":\"FORUMS_RECOMMENDED\"", "IM reapplicants from Pakistan (shares country:PK, specialty:IM)");
        assertThat(output).contains("\"forumJoining\":\"INVITE\"", "The forums invite you",
                "\"rulesHtml\":\"<ol>\\n<li><strong>Be kind.</strong>", "\"displayName\":\"Amina Khan\",\"joinedAt\"");
        assertThat(output).contains("\"title\":\"Malformed request body\"", "'displayName' must not be blank",
                "of yours\",\"instance\"", "\n401\n");
        assertThat(output).contains("\"services\":{\"profiles\":{\"account\":{\"email\":\"amina@example.org\"", "\n204\n");
        assertThat(output.strip()).endsWith("\"status\":401,\"title\":\"Unauthorized\"}");
    }

    private static String walkthrough() throws IOException {
        String readme = Files.readString(RepoRoot.locate().resolve("README.md"));
        String section = readme.substring(readme.indexOf("## Walk through the journey"), readme.indexOf("## Architecture"));
        StringBuilder script = new StringBuilder();
        Matcher block = BASH_BLOCK.matcher(section);
        while (block.find()) {
            script.append(block.group(1)).append('\n');
        }
        return script.toString();
    }

    private static String run(String script, Path work) throws Exception {
        Path file = Files.writeString(work.resolve("walkthrough.sh"), script);
        Path log = work.resolve("walkthrough.out");
        Process bash = new ProcessBuilder("bash", file.toString()).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = bash.waitFor(120, TimeUnit.SECONDS);
        bash.destroyForcibly();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(">>> README walk-through output:\n" + output);
        assertThat(finished).as("the walk-through finished within 2 minutes").isTrue();
        return output;
    }
}
