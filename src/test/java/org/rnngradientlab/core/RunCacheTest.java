package org.rnngradientlab.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The simulator's typed memory: computes once per key, forgets the least recently used first. */
class RunCacheTest {

    private record Name(String name) implements RunCache.Key<String> {
        @Override
        public Class<String> type() {
            return String.class;
        }
    }

    private record Length(String name) implements RunCache.Key<Integer> {
        @Override
        public Class<Integer> type() {
            return Integer.class;
        }
    }

    @Test
    void computesOncePerKeyAndKeepsKindsApart() {
        RunCache cache = new RunCache(4);
        AtomicInteger computed = new AtomicInteger();
        assertThat(cache.computeOnce(new Name("a"), () -> "A" + computed.incrementAndGet()))
                .isEqualTo("A1");
        assertThat(cache.computeOnce(new Name("a"), () -> "A" + computed.incrementAndGet()))
                .isEqualTo("A1");
        int length = cache.computeOnce(new Length("a"), () -> 1 + computed.incrementAndGet());
        assertThat(length).isEqualTo(3);
        assertThat(cache.cached(new Name("a"))).isEqualTo("A1");
        assertThat(cache.cached(new Name("b"))).isNull();
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
        RunCache cache = new RunCache(2);
        cache.computeOnce(new Name("a"), () -> "a");
        cache.computeOnce(new Name("b"), () -> "b");
        cache.cached(new Name("a"));
        cache.computeOnce(new Length("c"), () -> 3);
        assertThat(cache.cached(new Name("a"))).isEqualTo("a");
        assertThat(cache.cached(new Name("b"))).isNull();
        assertThat(cache.cached(new Length("c"))).isEqualTo(3);
    }
}
