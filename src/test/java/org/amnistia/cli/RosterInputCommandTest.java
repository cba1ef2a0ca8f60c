package org.amnistia.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.amnistia.casefile.CaseJson;
import org.amnistia.roster.NamedPipe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roster as the command line takes it: its encoding told from its bytes (and said in the
 * summary) or forced with {@code --encoding}; a folder or a FIFO is refused by name with exit 2
 * instead of an error text from Java or a wait forever; a case that is not UTF-8 names the byte.
 */
class RosterInputCommandTest {

    @TempDir
    Path dir;

    private static final String ROSTER = "id,conduct_from,political\r\nPeña,2024-07-30,true\r\nPeóa,2024-07-30,true\r\n"
            + "Núñez,2024-07-30,true\r\n";

    @Test
    void aWindows1252RosterIsReadAsSuchAndTheSummarySaysSo() throws IOException {
        Path roster = Files.write(dir.resolve("excel.csv"), ROSTER.getBytes(Charset.forName("windows-1252")));
        Path out = dir.resolve("v.jsonl");
        Path summary = dir.resolve("resumen.json");

        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("batch", roster.toString(), "-o", out.toString(), "--summary", summary.toString()))
                .as(run.err.toString()).isZero();

        JsonNode s = CaseJson.mapper().readTree(summary.toFile());
        assertThat(s.get("encoding").asText()).isEqualTo("windows-1252");
        assertThat(s.get("verdicts").asLong()).isEqualTo(3);
        assertThat(s.get("rejects").asLong()).isZero();
        assertThat(Files.readString(out)).contains("\"Peña\"", "\"Peóa\"", "\"Núñez\"");
    }

    @Test
    void encodingForcedToUtf8RejectsEachRowWithAWindows1252ByteAndKeepsTheOthers() throws IOException {
        Path roster = Files.write(dir.resolve("excel.csv"),
                (ROSTER + "Rosa,2024-07-30,true\r\n").getBytes(Charset.forName("windows-1252")));
        Path rejects = dir.resolve("r.csv");
        Path summary = dir.resolve("resumen.json");

        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("batch", roster.toString(), "-o", dir.resolve("v.jsonl").toString(), "--encoding", "utf-8",
                "--rejects", rejects.toString(), "--summary", summary.toString())).as(run.err.toString()).isZero();

        JsonNode s = CaseJson.mapper().readTree(summary.toFile());
        assertThat(s.get("encoding").asText()).isEqualTo("utf-8");
        assertThat(s.get("rows").asLong()).isEqualTo(4);
        assertThat(s.get("verdicts").asLong()).isEqualTo(1);
        assertThat(s.get("rejects").asLong()).isEqualTo(3);
        assertThat(Files.readString(rejects)).contains("2,,encoding,", "0xF1").doesNotContain("\uFFFD");
    }

    @Test
    void anUnknownEncodingIsAUsageError() throws IOException {
        Path roster = Files.writeString(dir.resolve("n.csv"), ROSTER);
        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("batch", roster.toString(), "--encoding", "latin-9")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err.toString()).contains("--encoding", "latin-9", "windows-1252");
    }

    @Test
    void aFolderGivenAsARosterIsExit2NamingIt() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("nominas.csv"));
        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("batch", folder.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err.toString()).contains(folder.toString(), "carpeta").doesNotContain("Exception", "interno");
    }

    @Test
    void aFifoGivenAsARosterIsExit2AtOnceNeverAWait() throws Exception {
        Path fifo = NamedPipe.at(dir.resolve("tubo.csv"));

        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("batch", fifo.toString(), "--lang", "en")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err.toString()).contains(fifo.toString(), "not a regular file", "use -");
    }

    @Test
    void aCaseFileThatIsNotUtf8NamesTheByte() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"id\": \"Pe".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xF1);
        bytes.writeBytes("a\", \"conduct\": {\"from\": \"2024-07-30\"}}".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("caso.json"), bytes.toByteArray());

        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("check", file.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err.toString()).contains("0xF1", "10", "UTF-8");
    }
}
