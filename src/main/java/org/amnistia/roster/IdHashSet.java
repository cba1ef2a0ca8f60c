package org.amnistia.roster;

/**
 * The ids seen so far in a roster, kept as 64-bit hashes: the only state that grows with the roster
 * (a 64-bit slot per id, tables 37–75 % full: 128 MB for 10 million ids, so a 10-million-row run
 * fits in a 256 MB heap). Open addressing with linear probing, split into 1024 segments that grow
 * one at a time, so growing never needs twice the whole table.
 *
 * <p>Two different ids with the same 64-bit hash would make the later one a false duplicate. For n
 * ids the chance is about n²/2⁶⁵: one in 3.7·10⁹ for 100,000 ids, about 3 in a million for 10
 * million. Accepted: the reject names the id, so such a row is easy to check by hand.
 */
final class IdHashSet {

    /*
     * 1024 segments keep each table below 512 KB up to about 25 million ids: in a small G1 heap
     * (1 MB regions) a larger array is "humongous" and wastes up to half of its regions.
     */
    private static final int SEGMENT_BITS = 10;
    private static final int SEGMENTS = 1 << SEGMENT_BITS;
    private static final int INITIAL = 128;

    private final long[][] tables = new long[SEGMENTS][];
    private final int[] sizes = new int[SEGMENTS];
    private long size;

    IdHashSet() {
        for (int i = 0; i < SEGMENTS; i++) {
            tables[i] = new long[INITIAL];
        }
    }

    /** Adds the id; returns {@code false} when (its hash) was already present. */
    boolean add(String id) {
        return addHash(hash(id));
    }

    long size() {
        return size;
    }

    boolean addHash(long h) {
        if (h == 0) {
            h = 0x9E3779B97F4A7C15L; // 0 marks an empty slot
        }
        int segment = (int) (h >>> (64 - SEGMENT_BITS));
        long[] table = tables[segment];
        int mask = table.length - 1;
        int i = (int) h & mask;
        while (true) {
            long slot = table[i];
            if (slot == 0) {
                break;
            }
            if (slot == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = h;
        size++;
        if (++sizes[segment] * 4L > table.length * 3L) {
            tables[segment] = grow(table);
        }
        return true;
    }

    private static long[] grow(long[] table) {
        long[] bigger = new long[table.length * 2];
        int mask = bigger.length - 1;
        for (long h : table) {
            if (h != 0) {
                int i = (int) h & mask;
                while (bigger[i] != 0) {
                    i = (i + 1) & mask;
                }
                bigger[i] = h;
            }
        }
        return bigger;
    }

    /** A 64-bit hash of the id's UTF-16 text: FNV-1a, then the SplitMix64 finaliser to spread bits. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0, n = id.length(); i < n; i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h;
    }
}
