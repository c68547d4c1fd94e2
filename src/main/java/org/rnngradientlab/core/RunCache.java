package org.rnngradientlab.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The simulator's memory of its last few costly results (weights with their spectra, backward passes,
 * gradients), the least recently used forgotten first, so that a few remembered runs never hold much of the
 * heap. Each key says the type of its value, so what comes out has the type that went in. Thread-safe; two
 * threads asking for the same missing value may both compute it, and either result is kept.
 */
final class RunCache {

    /** A key for a value of type V; equal keys mean the same value. */
    interface Key<V> {
        /** The type of the value. */
        Class<V> type();
    }

    private final Map<Key<?>, Object> entries;

    /** A cache of at most {@code capacity} values of all kinds together. */
    RunCache(int capacity) {
        entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key<?>, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value for {@code key} if it is remembered (and then the most recently used), else null. */
    synchronized <V> V cached(Key<V> key) {
        return key.type().cast(entries.get(key));
    }

    /** The remembered value for {@code key}, or what {@code compute} yields (outside the lock), remembered. */
    <V> V computeOnce(Key<V> key, Supplier<V> compute) {
        V value = cached(key);
        if (value == null) {
            value = Objects.requireNonNull(compute.get());
            synchronized (this) {
                entries.put(key, value);
            }
        }
        return value;
    }
}
