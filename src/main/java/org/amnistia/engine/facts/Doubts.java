package org.amnistia.engine.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * The doubts D01–D14 of {@code docs/ley/dudas.md} as bits of an int, so that a reading of
 * every doubt, and the set of doubts a finding depends on, cost one word each.
 */
public final class Doubts {

    public static final int COUNT = 14;
    public static final int ALL = (1 << COUNT) - 1;

    private Doubts() {
    }

    /** The bit of a doubt id such as {@code "D05"}. */
    public static int bit(String id) {
        if (id == null || id.length() != 3 || id.charAt(0) != 'D') {
            throw new IllegalArgumentException("not a doubt id: " + id);
        }
        int n = (id.charAt(1) - '0') * 10 + (id.charAt(2) - '0');
        if (n < 1 || n > COUNT) {
            throw new IllegalArgumentException("not a doubt id: " + id);
        }
        return 1 << (n - 1);
    }

    /** Bits of a comma-separated list of ids ({@code "D02,D03"}); 0 for {@code null}. */
    public static int bits(String ids) {
        if (ids == null || ids.isBlank()) {
            return 0;
        }
        int mask = 0;
        for (String id : ids.split(",")) {
            mask |= bit(id.trim());
        }
        return mask;
    }

    private static final String[] IDS = new String[COUNT];

    static {
        for (int i = 0; i < COUNT; i++) {
            IDS[i] = String.format("D%02d", i + 1);
        }
    }

    public static String id(int index) {
        return IDS[index];
    }

    /** The ids in a mask, in order D01..D14. */
    public static List<String> ids(int mask) {
        List<String> out = new ArrayList<>(Integer.bitCount(mask));
        for (int i = 0; i < COUNT; i++) {
            if ((mask & (1 << i)) != 0) {
                out.add(id(i));
            }
        }
        return out;
    }
}
