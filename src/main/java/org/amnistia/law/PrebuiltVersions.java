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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * The shipped versions as the build made them (org.amnistia.engine.ShippedRulesCompiler): for each,
 * one file, {@code reglas-compiladas/<name>.version}, holding the {@link LawVersion} resolved from its
 * rule files (provenance, files with the base's merged in, rules by name), the classes its rules were
 * compiled to, and the checksum of each file it was resolved from. A start reads it instead of
 * parsing the rule files and compiling them, as long as those files are the ones beside it; otherwise
 * (a build that copied newer rule files without compiling them, or none at all) it reads and compiles
 * the rule files, as for a folder.
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
    private static final String LAYOUT = "amnistia-version/2";

    private static final Map<String, Optional<Prebuilt>> READ = new ConcurrentHashMap<>();

    private PrebuiltVersions() {
    }

    /** What the build made of the shipped version {@code name}, or null when this build has none. */
    public static Prebuilt of(String name) {
        if (!LawVersions.SHIPPED.contains(name)) {
            return null;
        }
        return READ.computeIfAbsent(name, n -> read(n, PrebuiltVersions.class.getClassLoader())).orElse(null);
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
            List<String> sources = sources(v);
            out.writeInt(sources.size());
            for (String source : sources) {
                text(out, source);
                out.writeLong(checksum(PrebuiltVersions.class.getClassLoader(), source));
            }
        }
    }

    /**
     * The rule files and {@code version.yaml} a shipped version is resolved from, its base's included,
     * as class-path resources ({@code rules/ley-2026/hechos.drl}).
     */
    private static List<String> sources(LawVersion version) {
        Set<String> sources = new TreeSet<>();
        sources.add(version.origin() + "/version.yaml");
        for (RuleFile f : version.files()) {
            sources.add(f.label());
            sources.add(f.label().substring(0, f.label().lastIndexOf('/')) + "/version.yaml");
        }
        return List.copyOf(sources);
    }

    /** The CRC-32 of a class-path resource, or -1 when there is none. */
    private static long checksum(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return -1;
            }
            CRC32 crc = new CRC32();
            crc.update(in.readAllBytes());
            return crc.getValue();
        }
    }

    /** What the build made of {@code name}, as {@code loader} finds it beside the rule files it finds. */
    static Optional<Prebuilt> read(String name, ClassLoader loader) {
        try (InputStream resource = loader.getResourceAsStream(path(name))) {
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
            List<String> models = texts(in);
            // A build that copied the rule files afresh without compiling them again (mvn resources:resources,
            // an IDE) leaves a model of other rules: it is not used.
            for (int i = in.readInt(); i > 0; i--) {
                if (checksum(loader, text(in)) != in.readLong()) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Prebuilt(version, models));
        } catch (IOException e) {
            throw new UncheckedIOException(path(name) + " (in the jar)", e);
        }
    }

    static String path(String name) {
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
