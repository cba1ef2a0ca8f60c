package org.amnistia.law;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shipped versions as the build made them (org.amnistia.engine.ShippedRulesCompiler): for each,
 * one file, {@code reglas-compiladas/<name>.version}, holding the {@link LawVersion} resolved from its
 * rule files (provenance, files with the base's merged in, rules by name) and the classes its rules
 * were compiled to. A start reads it instead of parsing the rule files and compiling them; a build
 * without it (sources compiled by an IDE alone) reads and compiles the rule files, as for a folder.
 * <p>The file is a plain sequence of lengths and UTF-8 strings ({@link DataOutputStream}): written and
 * read by this class alone, at every build, so it needs no schema; reading it costs a start nothing
 * (binding the records from JSON took 45 ms more at a cold start: docs/rendimiento.md).
 */
public final class PrebuiltVersions {

    /** What the build made of one shipped version. */
    public record Prebuilt(LawVersion version, List<String> modelClasses) {
    }

    /** The folder, at the root of the class path, of what the build made of each shipped version. */
    public static final String FOLDER = "reglas-compiladas";

    /** The first line of every file, naming its layout; a file of another layout is not read. */
    private static final String LAYOUT = "amnistia-version/1";

    private static final Map<String, Optional<Prebuilt>> READ = new ConcurrentHashMap<>();

    private PrebuiltVersions() {
    }

    /** What the build made of the shipped version {@code name}, or null when this build has none. */
    public static Prebuilt of(String name) {
        if (!LawVersions.SHIPPED.contains(name)) {
            return null;
        }
        return READ.computeIfAbsent(name, PrebuiltVersions::read).orElse(null);
    }

    /** Writes what the build made of the shipped version {@code name} under {@code classes}. */
    public static void write(String name, Prebuilt prebuilt, Path classes) throws IOException {
        Path file = classes.resolve(path(name));
        Files.createDirectories(file.getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeUTF(LAYOUT);
            LawVersion v = prebuilt.version();
            for (String s : new String[]{v.id(), v.title(), v.status(), v.source(), v.date(), v.base(), v.origin(),
                    v.fingerprint()}) {
                text(out, s);
            }
            texts(out, v.repealed());
            out.writeInt(v.files().size());
            for (RuleFile f : v.files()) {
                text(out, f.label());
                text(out, f.name());
                text(out, f.text());
            }
            out.writeInt(v.rules().size());
            for (RuleSource r : v.rules()) {
                text(out, r.name());
                text(out, r.article());
                text(out, r.label());
                text(out, r.text());
                for (int n : new int[]{r.line(), r.file(), r.start(), r.end()}) {
                    out.writeInt(n);
                }
            }
            texts(out, prebuilt.modelClasses());
        }
    }

    private static Optional<Prebuilt> read(String name) {
        try (InputStream resource = PrebuiltVersions.class.getClassLoader().getResourceAsStream(path(name))) {
            if (resource == null) {
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(resource));
            if (!LAYOUT.equals(in.readUTF())) {
                return Optional.empty();
            }
            String id = text(in), title = text(in), status = text(in), source = text(in), date = text(in),
                    base = text(in), origin = text(in), fingerprint = text(in);
            List<String> repealed = texts(in);
            List<RuleFile> files = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                files.add(new RuleFile(text(in), text(in), text(in)));
            }
            List<RuleSource> rules = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String ruleName = text(in), article = text(in), label = text(in), text = text(in);
                int line = in.readInt(), file = in.readInt(), start = in.readInt(), end = in.readInt();
                rules.add(new RuleSource(ruleName, article, label, line, text, file, start, end));
            }
            LawVersion version = new LawVersion(id, title, status, source, date, base, origin, repealed,
                    List.copyOf(files), List.copyOf(rules), fingerprint);
            return Optional.of(new Prebuilt(version, texts(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(path(name) + " (in the jar)", e);
        }
    }

    private static String path(String name) {
        return FOLDER + "/" + name + ".version";
    }

    /** A string that may be null: its UTF-8 length (-1 for null), then its bytes. */
    private static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void texts(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            text(out, s);
        }
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        List<String> list = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            list.add(text(in));
        }
        return List.copyOf(list);
    }
}
