package org.rematch.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

/** A discrete distribution: each value with an integer weight; {@link #draw} picks one in proportion. */
final class Weighted<T> {

    private final List<T> values;
    private final int[] cumulative;

    private Weighted(List<T> values, int[] weights) {
        this.values = List.copyOf(values);
        this.cumulative = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("negative weight");
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("weights sum to 0");
        }
    }

    static <T> Weighted<T> of(List<T> values, ToIntFunction<T> weight) {
        return new Weighted<>(values, values.stream().mapToInt(weight).toArray());
    }

    /** Alternating value, weight pairs: {@code of("a", 3, "b", 1)}. */
    @SuppressWarnings("unchecked")
    static <T> Weighted<T> of(Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("value, weight pairs expected");
        }
        List<T> values = new ArrayList<>();
        int[] weights = new int[pairs.length / 2];
        for (int i = 0; i < pairs.length; i += 2) {
            values.add((T) Objects.requireNonNull(pairs[i]));
            weights[i / 2] = (Integer) pairs[i + 1];
        }
        return new Weighted<>(values, weights);
    }

    T draw(RandomGenerator random) {
        int pick = random.nextInt(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (pick < cumulative[i]) {
                return values.get(i);
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
