package org.enrolcheck.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** A choice among values with relative weights, drawn by binary search over the cumulative weights. */
final class Weighted<T> {

	private final List<T> values;

	private final double[] cumulative;

	private Weighted(List<T> values, double[] weights) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("nothing to choose from");
		}
		this.values = List.copyOf(values);
		this.cumulative = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			cumulative[i] = sum;
		}
	}

	static <T> Builder<T> builder() {
		return new Builder<>();
	}

	/** Every value equally likely. */
	static <T> Weighted<T> uniform(List<T> values) {
		double[] weights = new double[values.size()];
		Arrays.fill(weights, 1);
		return new Weighted<>(values, weights);
	}

	T pick(SplittableRandom dice) {
		double target = dice.nextDouble() * cumulative[cumulative.length - 1];
		int index = Arrays.binarySearch(cumulative, target);
		// A miss returns -(insertion point) - 1; the insertion point is the bucket the target falls in.
		int bucket = index >= 0 ? index + 1 : -index - 1;
		return values.get(Math.min(bucket, values.size() - 1));
	}

	static final class Builder<T> {

		private final List<T> values = new ArrayList<>();

		private final List<Double> weights = new ArrayList<>();

		Builder<T> add(T value, double weight) {
			values.add(value);
			weights.add(weight);
			return this;
		}

		Weighted<T> build() {
			return new Weighted<>(values, weights.stream().mapToDouble(Double::doubleValue).toArray());
		}

	}

}
