package org.amnistia.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files a command writes, as a run that loses nothing needs them:
 * <ul>
 *   <li>no output may be an input or another output — the same file under another name or through
 *       a link included — checked before anything is opened (a roster named as its own {@code -o}
 *       was replaced by a thousand verdicts, and 99,066 people were gone);</li>
 *   <li>each output is written to a temporary file beside its target and renamed over it only
 *       when {@link #commit} is called, once every row is accounted for: a run that is killed,
 *       interrupted or fails leaves no file under a target's name (an older one stays as it was).</li>
 * </ul>
 * Standard output ({@code -}) streams as it is written: only files are atomic.
 */
final class OutputFiles implements AutoCloseable {

    /** Temporary files not yet renamed, in every command of this JVM: removed on exit, whatever ends it. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(OutputFiles::deleteQuietly)));
    }

    private final List<Path> inputs;
    /** Target → its temporary file, in the order they were asked for. */
    private final Map<Path, Path> outputs = new LinkedHashMap<>();
    private final Map<Path, String> options = new LinkedHashMap<>();
    private boolean committed;

    /** {@code inputs}: the files the command reads (a roster, an alias file…); null entries are skipped. */
    OutputFiles(Path... inputs) {
        this.inputs = new ArrayList<>();
        for (Path input : inputs) {
            if (input != null) {
                this.inputs.add(input);
            }
        }
    }

    /** A command-line file argument as a path; {@code null} for none or {@code -} (standard input or output). */
    static Path file(String argument) {
        return argument == null || "-".equals(argument) ? null : Path.of(argument);
    }

    /**
     * Registers an output named by {@code option} and returns the temporary file to write instead,
     * or {@code null} when {@code file} is {@code null} (no such output asked for). An output that
     * is an input or another output is a usage error naming both, before anything is written.
     */
    Path target(String option, Path file) throws IOException {
        if (file == null) {
            return null;
        }
        for (Path input : inputs) {
            if (sameFile(file, input)) {
                throw new UsageException(option + " " + file + ": es también la entrada " + input
                        + "; escribirla la destruiría | is also the input " + input + "; writing it would destroy it");
            }
        }
        for (Map.Entry<Path, String> other : options.entrySet()) {
            if (sameFile(file, other.getKey())) {
                throw new UsageException(option + " " + file + ": es el mismo archivo que " + other.getValue() + " "
                        + other.getKey() + " | is the same file as " + other.getValue() + " " + other.getKey());
            }
        }
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(file.toString()); // named as the user wrote it, not the temporary file
        }
        Path temporary = folder.resolve("." + absolute.getFileName() + ".amnistia-" + ProcessHandle.current().pid()
                + "-" + outputs.size() + ".tmp");
        outputs.put(file, temporary);
        options.put(file, option);
        PENDING.add(temporary);
        return temporary;
    }

    /** Renames every temporary file over its target: the run finished and every row is accounted for. */
    void commit() throws IOException {
        for (Map.Entry<Path, Path> e : outputs.entrySet()) {
            Path temporary = e.getValue();
            if (!Files.exists(temporary)) {
                Files.createFile(temporary); // an output nothing was written to is still the answer: empty
            }
            try {
                Files.move(temporary, e.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisDisk) {
                Files.move(temporary, e.getKey(), StandardCopyOption.REPLACE_EXISTING);
            }
            PENDING.remove(temporary);
        }
        committed = true;
    }

    /** Removes the temporary files of a run that did not {@link #commit}. */
    @Override
    public void close() {
        if (!committed) {
            for (Path temporary : outputs.values()) {
                deleteQuietly(temporary);
                PENDING.remove(temporary);
            }
        }
    }

    /** Whether two paths are one file: the same real path, through links, or one existing file. */
    static boolean sameFile(Path a, Path b) throws IOException {
        if (Files.exists(a) && Files.exists(b)) {
            return Files.isSameFile(a, b);
        }
        return real(a).equals(real(b));
    }

    /** The path with its folder's links resolved, for a file that may not exist yet. */
    private static Path real(Path p) throws IOException {
        Path absolute = p.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        return folder != null && Files.exists(folder) ? folder.toRealPath().resolve(absolute.getFileName()) : absolute;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the folder went away: nothing left under the target's name either way
        }
    }
}
