package io.kwlint.yaml;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance per short string that manifests repeat: field names ({@code name},
 * {@code description}, {@code type}) and values such as {@code string} or {@code true}. A large
 * repository holds millions of them; sharing keeps the trees of a whole run smaller (less for the
 * garbage collector to copy), the shared instances carry their hash code already, and they are the
 * JVM's interned ones, so that a rule's {@code get("spec")} finds its field by identity.
 *
 * <p>Each reader looks a string up by its characters in a small direct-mapped cache of its own
 * (no substring, no hashing of a new string on a hit), and falls back to one bounded table shared
 * by all threads. Once that table is full (a hostile file of unique keys can fill it), strings are
 * simply not shared, which costs memory but never correctness.
 */
final class CanonicalStrings {

    /** Longer strings are mostly unique (descriptions, commands): not worth a lookup. */
    static final int MAX_LENGTH = 32;
    private static final int MAX_SHARED = 16_384;
    private static final int CACHE_SLOTS = 4096;
    private static final ConcurrentHashMap<String, String> SHARED = new ConcurrentHashMap<>();

    private final String[] cache = new String[CACHE_SLOTS];

    /** The shared instance equal to {@code text[start, end)}, or a new string where there is none. */
    String of(String text, int start, int end) {
        int length = end - start;
        if (length > MAX_LENGTH) {
            return text.substring(start, end);
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int slot = (hash ^ (hash >>> 12)) & (CACHE_SLOTS - 1);
        String cached = cache[slot];
        if (cached != null && cached.length() == length && text.regionMatches(start, cached, 0, length)) {
            return cached;
        }
        String shared = shared(text.substring(start, end));
        cache[slot] = shared;
        return shared;
    }

    private static String shared(String s) {
        String known = SHARED.get(s);
        if (known != null) {
            return known;
        }
        if (SHARED.size() >= MAX_SHARED) {
            return s;
        }
        String interned = s.intern();
        String raced = SHARED.putIfAbsent(interned, interned);
        return raced == null ? interned : raced;
    }
}
