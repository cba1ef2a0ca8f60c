package org.amnistia.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleOrderTest {

    @Test
    void articles_sort_by_number_then_numeral() {
        List<String> articles = new ArrayList<>(List.of("9", "8.10", "11", "8", "4", "8.2", "5", "8.12"));
        articles.sort(ArticleOrder.INSTANCE);
        assertThat(articles).containsExactly("4", "5", "8", "8.2", "8.10", "8.12", "9", "11");
    }

    @Test
    void text_that_is_not_a_number_sorts_as_text_and_never_ties() {
        List<String> keys = new ArrayList<>(List.of("D11", "conduct_from", "D02", "political"));
        keys.sort(ArticleOrder.INSTANCE);
        assertThat(keys).containsExactly("D02", "D11", "conduct_from", "political");
        assertThat(ArticleOrder.INSTANCE.compare("D05", "D12")).isNegative();
    }

    @Test
    void a_citation_sorts_before_its_own_numerals_and_numbers_before_text() {
        List<String> keys = new ArrayList<>(List.of("8.2.1", "8.x", "8.2", "8", "10", "9", "8.02"));
        keys.sort(ArticleOrder.INSTANCE);
        assertThat(keys).containsExactly("8", "8.2", "8.02", "8.2.1", "8.x", "9", "10");
        assertThat(ArticleOrder.INSTANCE.compare("8.2", "8.02")).isZero(); // the same numeral, written twice
    }

    @Test
    void the_order_is_total_and_consistent_on_any_dotted_citation() {
        java.util.Random random = new java.util.Random(7);
        String[] parts = {"1", "2", "8", "10", "12", "9", "D01", "D14", "a", "x2", "1000000000"};
        List<String> citations = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            StringBuilder c = new StringBuilder(parts[random.nextInt(parts.length)]);
            for (int k = random.nextInt(3); k > 0; k--) {
                c.append('.').append(parts[random.nextInt(parts.length)]);
            }
            citations.add(c.toString());
        }
        for (String a : citations) {
            for (String b : citations) {
                int ab = Integer.signum(ArticleOrder.INSTANCE.compare(a, b));
                assertThat(ab).as("%s vs %s", a, b).isEqualTo(-Integer.signum(ArticleOrder.INSTANCE.compare(b, a)));
                assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
                for (String c : citations.subList(0, 40)) {
                    if (ab <= 0 && ArticleOrder.INSTANCE.compare(b, c) <= 0) {
                        assertThat(ArticleOrder.INSTANCE.compare(a, c)).as("%s ≤ %s ≤ %s", a, b, c).isNotPositive();
                    }
                }
            }
        }
    }
}
