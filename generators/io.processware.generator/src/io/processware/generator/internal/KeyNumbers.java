package io.processware.generator.internal;

import java.util.Arrays;

/**
 * The numbers of the keys one file read (see {@link DependencyTracker#id}): a list of ints, sorted
 * and made unique when it fills up and when the file is done. A template reads the same few objects
 * again and again; a hash set per file cost more than the duplicates do.
 */
final class KeyNumbers {

	private int[] numbers = new int[64];
	private int size;
	private int last = -1;

	void add(int number) {
		if (number == last) {
			return;
		}
		if (size == numbers.length) {
			compact();
			if (size > numbers.length / 2) {
				numbers = Arrays.copyOf(numbers, numbers.length * 2);
			}
		}
		numbers[size++] = number;
		last = number;
	}

	void addAll(int[] more) {
		for (int number : more) {
			add(number);
		}
	}

	void addAll(KeyNumbers more) {
		for (int i = 0; i < more.size; i++) {
			add(more.numbers[i]);
		}
	}

	/** @return the numbers, ascending, each once */
	int[] toArray() {
		compact();
		return Arrays.copyOf(numbers, size);
	}

	private void compact() {
		Arrays.sort(numbers, 0, size);
		int unique = 0;
		for (int i = 0; i < size; i++) {
			if (unique == 0 || numbers[i] != numbers[unique - 1]) {
				numbers[unique++] = numbers[i];
			}
		}
		size = unique;
		last = -1;
	}
}
