package org.amnistia.engine;

import org.amnistia.law.LawVersion;
import org.amnistia.law.PrebuiltVersions;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the shipped versions as the jar carries them, compiled when it was built
 * ({@link ShippedRulesCompiler}) to Drools' executable model: Java classes, so that a start loads
 * them instead of parsing and compiling the rule files. A model is used only for the very rules it
 * was compiled from ({@link PrebuiltVersions}).
 */
final class BuiltRules {

    /** The package under which each version's model has its own ({@link #packageOf}). */
    static final String PACKAGE_ROOT = "org.amnistia.reglas.compiladas";

    private BuiltRules() {
    }

    /**
     * The version's KieBase from its model compiled at build time, or null: a version read from a
     * folder, or one this build has no model of for these very rules.
     */
    static KieBase kieBase(LawVersion version, KieBaseConfiguration configuration) {
        PrebuiltVersions.Prebuilt prebuilt = version.fromFolder() ? null : PrebuiltVersions.of(version.id());
        // Usually the very version read from it; comparing the rules themselves is for any other.
        if (prebuilt == null || prebuilt.version() != version && !prebuilt.version().equals(version)) {
            return null;
        }
        List<Model> models = new ArrayList<>();
        for (String name : prebuilt.modelClasses()) {
            models.add(model(name));
        }
        return KieBaseBuilder.createKieBaseFromModel(models, configuration);
    }

    /** The Java package a version's model is compiled into: one per version, so none shares a class. */
    static String packageOf(String id) {
        return PACKAGE_ROOT + "." + id.replaceAll("[^A-Za-z0-9]", "_");
    }

    private static Model model(String className) {
        try {
            return (Model) Class.forName(className, true, BuiltRules.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the jar names a rule model it does not carry: " + className, e);
        }
    }
}
