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
}
