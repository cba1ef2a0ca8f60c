package org.amnistia.roster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdHashSetTest {

    @Test
    void anIdIsNewOnceAndADuplicateEveryTimeAfterThroughManyGrowths() {
        IdHashSet ids = new IdHashSet();
        for (int i = 0; i < 500_000; i++) {
            assertThat(ids.add("G-" + i)).isTrue();
        }
        for (int i = 0; i < 500_000; i += 7) {
            assertThat(ids.add("G-" + i)).isFalse();
        }
        assertThat(ids.add("G-500000")).isTrue();
        assertThat(ids.size()).isEqualTo(500_001);
    }

    @Test
    void theHashOfZeroIsStillAnId() {
        IdHashSet ids = new IdHashSet();
        assertThat(ids.addHash(0)).isTrue();
        assertThat(ids.addHash(0)).isFalse();
    }

    @Test
    void idsThatDifferOnlySlightlyHashApart() {
        assertThat(IdHashSet.hash("G-0000001")).isNotEqualTo(IdHashSet.hash("G-0000002"));
        assertThat(IdHashSet.hash("ab")).isNotEqualTo(IdHashSet.hash("ba"));
        assertThat(IdHashSet.hash("")).isNotZero();
    }
}
