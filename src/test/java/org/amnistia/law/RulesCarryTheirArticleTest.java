package org.amnistia.law;

import org.amnistia.engine.Engine;
import org.amnistia.engine.facts.RuleMeta;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of every shipped version compiles and cites its article in its metadata, the one
 * place the verdict reads it from; rules that read a doubt say which reading they encode.
 */
class RulesCarryTheirArticleTest {

    static final List<String> VERSIONS = LawVersions.SHIPPED;

    @ParameterizedTest(name = "{0}")
    @FieldSource("VERSIONS")
    void every_rule_cites_an_article_of_its_version(String version) {
        List<RuleMeta> rules = Engine.load(version).rules().rules();
        assertThat(rules).isNotEmpty();
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.article()).as(rule.name()).matches("\\d+(\\.\\d+)?");
            assertThat(rule.name()).as("the rule name starts with its citation").matches("^(Art\\. |Decisión).*");
        });
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("VERSIONS")
    void every_rule_that_reads_a_doubt_names_its_reading(String version) {
        assertThat(Engine.load(version).rules().rules()).filteredOn(r -> r.doubts() != 0).allSatisfy(rule ->
                assertThat(rule.reading()).as(rule.name()).isIn("favorable", "estricta"));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("VERSIONS")
    void both_readings_of_each_doubt_live_in_the_rules(String version) {
        List<RuleMeta> rules = Engine.load(version).rules().rules();
        for (RuleMeta rule : rules) {
            if (rule.doubts() != 0) {
                String other = "favorable".equals(rule.reading()) ? "estricta" : "favorable";
                assertThat(rules).as("the %s reading of the doubt read by «%s»", other, rule.name())
                        .anySatisfy(r -> {
                            assertThat(r.doubts() & rule.doubts()).isNotZero();
                            assertThat(r.reading()).isEqualTo(other);
                        });
            }
        }
    }
}
