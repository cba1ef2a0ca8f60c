package org.amnistia.engine;

import org.amnistia.law.LawVersion;
import org.amnistia.law.LawVersions;
import org.amnistia.law.PrebuiltVersions;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A step of the build, never of the program (pom.xml runs it after the sources compile; the jar does
 * not carry it): compiles every version shipped in {@code rules/} to Drools' executable model and
 * writes, into the build's classes folder, its model's classes ({@link BuiltRules}) and the version as
 * it was resolved from its rule files, with the names of its model classes ({@link PrebuiltVersions}). Each version
 * passes the checks of a load first ({@link RuleBase#compile}); a version that fails them, or that
 * the executable model cannot express, fails the build, naming the file and line.
 * <p>Usage: {@code ShippedRulesCompiler CLASSES_FOLDER}.
 */
public final class ShippedRulesCompiler {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+[\\w.]+\\s*;");

    private ShippedRulesCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ShippedRulesCompiler CLASSES_FOLDER");
        }
        Path classes = Path.of(args[0]);
        // What an earlier build wrote goes first: a version since removed leaves no model behind.
        delete(classes.resolve(PrebuiltVersions.FOLDER));
        delete(classes.resolve(BuiltRules.PACKAGE_ROOT.replace('.', '/')));
        int written = 0;
        for (String name : LawVersions.available()) {
            LawVersion version = LawVersions.read(name);
            RuleBase.compile(version); // the checks of a load: layers, verdict-only facts
            List<String> models = new ArrayList<>();
            written += compileModel(version, classes, models);
            PrebuiltVersions.write(name, new PrebuiltVersions.Prebuilt(version, List.copyOf(models)), classes);
        }
        System.out.println("amnistia: " + String.join(", ", LawVersions.available()) + ": compiladas al modelo "
                + "ejecutable de Drools (" + written + " clases) | compiled to Drools' executable model");
    }

    /**
     * Compiles one version to its model, writes its classes under {@code classes} and adds the model
     * classes to {@code models}; the number of classes written.
     */
    private static int compileModel(LawVersion version, Path classes, List<String> models) throws IOException {
        String pkg = BuiltRules.packageOf(version.id());
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("org.amnistia", "reglas-" + version.id(), "1");
        byte[] kjar = ((InternalKieModule) RuleBase.build(ks, releaseId, version, text -> inPackage(version, text, pkg),
                ExecutableModelProject.class).getKieModule()).getBytes();
        ks.getRepository().removeKieModule(releaseId);
        String folder = pkg.replace('.', '/') + '/';
        int written = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.endsWith("/drools-model")) {
                    // "Drools-Model-Version:…", then the model classes, one per line.
                    new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .filter(line -> line.startsWith(pkg + '.')).forEach(models::add);
                } else if (name.endsWith(".class") && name.startsWith(folder)) {
                    Path target = classes.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.write(target, zip.readAllBytes());
                    written++;
                }
                // Left out: the rule files (the jar carries them in rules/), the project model of a
                // KieContainer (the models are loaded directly), and Maven's descriptors.
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException(version.id() + ": the executable model names no model class in " + pkg);
        }
        return written;
    }

    /** The rule file with its package moved to the version's own, so no two versions share a class. */
    private static String inPackage(LawVersion version, String text, String pkg) {
        Matcher m = PACKAGE.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(version.id() + ": a rule file without a package line");
        }
        return m.replaceFirst(Matcher.quoteReplacement("package " + pkg + ";"));
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
