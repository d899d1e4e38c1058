package vn.ngoso.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap of a phase, two ways: the most the heap held (sampled every 10 ms and read just
 * before each collection, garbage included) and the most that was still live after a
 * collection (what the phase really needs).
 */
final class HeapWatch implements AutoCloseable {

	private final AtomicLong peakUsed = new AtomicLong();

	private final AtomicLong peakLive = new AtomicLong();

	private final AtomicLong overallUsed = new AtomicLong();

	private final AtomicLong overallLive = new AtomicLong();

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
		.filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

	private final List<Runnable> unregister = new ArrayList<>();

	private final Thread sampler;

	private volatile boolean running = true;

	HeapWatch() {
		NotificationListener listener = this::onGc;
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(listener, null, null);
				unregister.add(() -> {
					try {
						emitter.removeNotificationListener(listener);
					}
					catch (Exception ignored) {
						// already gone
					}
				});
			}
		}
		sampler = new Thread(() -> {
			while (running) {
				long now = used();
				peakUsed.accumulateAndGet(now, Math::max);
				overallUsed.accumulateAndGet(now, Math::max);
				try {
					Thread.sleep(10);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}, "heap-watch");
		sampler.setDaemon(true);
		sampler.start();
	}

	private void onGc(Notification n, Object handback) {
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
			return;
		}
		var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
		long before = sum(info.getMemoryUsageBeforeGc());
		long after = sum(info.getMemoryUsageAfterGc());
		peakUsed.accumulateAndGet(before, Math::max);
		overallUsed.accumulateAndGet(before, Math::max);
		peakLive.accumulateAndGet(after, Math::max);
		overallLive.accumulateAndGet(after, Math::max);
	}

	private long sum(Map<String, MemoryUsage> pools) {
		return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
			.mapToLong(e -> e.getValue().getUsed()).sum();
	}

	private static long used() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** Starts a new phase from a collected heap, so the last phase's garbage does not count. */
	void reset() {
		System.gc();
		try {
			Thread.sleep(200); // let the collection's notification pass before the phase starts
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		peakUsed.set(used());
		peakLive.set(0);
	}

	/** "412 MB (live ≤ 96 MB)" for the phase so far. */
	String peak() {
		peakUsed.accumulateAndGet(used(), Math::max);
		long live = peakLive.get();
		return mb(peakUsed.get()) + " MB" + (live == 0 ? " (no GC in the phase)" : " (live after GC ≤ " + mb(live) + " MB)");
	}

	/** The whole run. */
	String overall() {
		return mb(overallUsed.get()) + " MB (live after GC ≤ " + mb(overallLive.get()) + " MB)";
	}

	private static long mb(long bytes) {
		return Math.round(bytes / 1048576.0);
	}

	@Override
	public void close() {
		running = false;
		sampler.interrupt();
		unregister.forEach(Runnable::run);
	}
}
