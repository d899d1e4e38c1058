package vn.ngoso.figures;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.figures.internal.FigureKey;
import vn.ngoso.figures.internal.FigureStore;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.audit.Audited;

/**
 * Keeps the tracked figures live. A write that can change them runs inside
 * {@link #change(FigureScope, Supplier)}: the figures its scope makes are read before and after
 * it, and the difference is added to the aggregate rows of the records' units and of the units
 * above them up to the commune, and appended as deltas for the district and the province, in the
 * same transaction (so writers of a province share no hot row above the commune; a job folds the
 * deltas into the rows, {@link #foldDeltas()}). Exact by construction (no event can be lost,
 * nothing to replay), and a figure is visible the moment the write commits: readers add the
 * deltas not yet folded. Columns kept by the same rules as a figure ({@link DerivedColumns}) are
 * refreshed in between.
 */
@Service
public class Figures {

	private final FigureStore store;

	private final CurrentScope currentScope;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<DerivedColumns> derived;

	Figures(FigureStore store, CurrentScope currentScope, ApplicationEventPublisher events,
			ObjectProvider<DerivedColumns> derived) {
		this.store = store;
		this.currentScope = currentScope;
		this.events = events;
		this.derived = derived;
	}

	/**
	 * Runs {@code write} and moves the figures by what it changed. Writers of the same records
	 * wait for each other here, so two visits to one household never count one change twice.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <T> T change(FigureScope scope, Supplier<T> write) {
		store.lock(scope);
		var before = store.contributions(scope);
		T result = write.get();
		refreshDerived(scope);
		var after = store.contributions(scope);
		store.apply(FigureKey.difference(before, after));
		return result;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void change(FigureScope scope, Runnable write) {
		change(scope, () -> {
			write.run();
			return null;
		});
	}

	/**
	 * As {@link #change(FigureScope, Runnable)} for records the write creates and that did not
	 * exist before it (an import batch of new households): they made no figures before, and no
	 * other writer can reach them until this transaction commits, so there is nothing to lock and
	 * nothing to read first. Only what they make after the write is added.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void added(FigureScope scope, Runnable write) {
		write.run();
		refreshDerived(scope);
		store.addContributions(scope);
	}

	private void refreshDerived(FigureScope scope) {
		derived.orderedStream().forEach(d -> d.refresh(scope));
	}

	/**
	 * Moves the deltas of the units above the commune into their rows (every second, by a job);
	 * what anyone reads does not change. The number of rows folded into, 0 if another fold ran.
	 */
	@Transactional
	public int foldDeltas() {
		return store.fold();
	}

	/** Only administrators look after the figures; to anyone else the page does not exist. */
	public void checkAccess() {
		if (!currentScope.get().isAdmin()) {
			throw new OutOfScope("figures");
		}
	}

	/** The administrator's button: rebuilds everything, audited. */
	@Transactional
	public Recomputed recomputeAsAdministrator() {
		checkAccess();
		Recomputed done = recompute();
		events.publishEvent(new Audited("FIGURES", "all", "RECOMPUTE", null, null, done));
		return done;
	}

	/** The administrator's check: where the live rows of the whole tree differ from the records. */
	@Transactional(readOnly = true)
	public List<String> checkAsAdministrator() {
		checkAccess();
		return store.differencesEverywhere();
	}

	/**
	 * Rebuilds every aggregate row, and every {@link DerivedColumns derived column}, from the raw
	 * records (demo data, the generator, the command).
	 */
	@Transactional
	public Recomputed recompute() {
		long start = System.nanoTime();
		refreshDerived(new FigureScope.All());
		int rows = store.recompute();
		return new Recomputed(rows, (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * Where the live rows of the units under {@code path} differ from what the raw records
	 * make: empty when they agree. Reads only; for the consistency check and its tests.
	 */
	@Transactional(readOnly = true)
	public List<String> differencesUnder(String path) {
		return store.differencesUnder(path);
	}

	/**
	 * The figures of a unit and its children straight from the raw records by GROUP BY: what the
	 * aggregate rows spare the dashboards. For the benchmark's comparison only.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<String, Long>> fromRecords(String unitPath, long unitId, Period period) {
		return store.fromRecords(unitPath, unitId, period.firstDay(), period.to().atDay(1));
	}

	public record Recomputed(int rows, long millis) {
	}
}
