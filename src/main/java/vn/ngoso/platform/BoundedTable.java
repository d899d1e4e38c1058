package vn.ngoso.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory table with a hard maximum of entries: past it, the entry used least recently goes.
 * For every table keyed by what clients send (addresses, usernames), so that no stream of
 * distinct keys can fill the heap. One lock for the table: the callers (sign-ins, public
 * submissions) are few per second, and a {@link LinkedHashMap} in access order changes on reads.
 */
public final class BoundedTable<K, V> {

	private final int maxEntries;

	private final LinkedHashMap<K, V> entries;

	public BoundedTable(int maxEntries) {
		if (maxEntries < 1) {
			throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
		}
		this.maxEntries = maxEntries;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > BoundedTable.this.maxEntries;
			}
		};
	}

	public synchronized @Nullable V get(K key) {
		return entries.get(key);
	}

	/** As {@link Map#compute}: the function's null removes the entry. */
	public synchronized @Nullable V compute(K key, BiFunction<? super K, ? super @Nullable V, ? extends @Nullable V> function) {
		return entries.compute(key, function);
	}

	public synchronized void remove(K key) {
		entries.remove(key);
	}

	public synchronized int size() {
		return entries.size();
	}

	public synchronized void clear() {
		entries.clear();
	}

	public int maxEntries() {
		return maxEntries;
	}
}
