package vn.ngoso.merchants;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.RecordKind;
import vn.ngoso.merchants.internal.MerchantImporter;
import vn.ngoso.merchants.internal.MerchantRepository;
import vn.ngoso.merchants.internal.MerchantRules;
import vn.ngoso.merchants.internal.MerchantRules.MarketRef;
import vn.ngoso.merchants.internal.MerchantWorkbook;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.Page;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * Acceptance points inside the caller's subtree. Officers and team leaders enter and change them;
 * members read them. Every write moves the cashless figures in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class Merchants {

	/** The citizens' page lists at most this many points for one unit. */
	public static final int PUBLIC_LIMIT = 500;

	private final MerchantRepository repository;

	private final MerchantRules rules;

	private final MerchantImporter importer;

	private final Territory territory;

	private final CurrentScope currentScope;

	private final Figures figures;

	private final ApplicationEventPublisher events;

	Merchants(MerchantRepository repository, MerchantRules rules, MerchantImporter importer, Territory territory,
			CurrentScope currentScope, Figures figures, ApplicationEventPublisher events) {
		this.repository = repository;
		this.rules = rules;
		this.importer = importer;
		this.territory = territory;
		this.currentScope = currentScope;
		this.figures = figures;
		this.events = events;
	}

	public record Saved(Merchant merchant, boolean created) {
	}

	public Page<Merchant> list(MerchantFilter filter, int page, int size) {
		Scope s = reader();
		String unitPath = filter.unitId() == null ? null : territory.get(filter.unitId()).path();
		return new Page<>(repository.list(s.subtreeFilter(), unitPath, filter, page * size, size), page, size,
				repository.count(s.subtreeFilter(), unitPath, filter));
	}

	public Merchant get(UUID id) {
		Scope s = reader();
		return repository.find(id).filter(m -> s.coversUnitPath(m.unitPath()))
			.orElseThrow(() -> new NotFound("merchant.notFound", id));
	}

	/** Markets the caller may see, for a stall's market. */
	public List<Merchant> markets() {
		return repository.markets(reader().subtreeFilter());
	}

	public boolean canEdit() {
		Role role = currentScope.get().role();
		return role.isOfficer() || role == Role.TEAM_LEADER;
	}

	/** Creates a point; the same id sent again changes nothing and answers the stored point. */
	@Transactional
	public Saved create(MerchantInput input) {
		editor();
		if (input.id() != null) {
			Optional<Merchant> existing = repository.find(input.id());
			if (existing.isPresent()) {
				return new Saved(get(input.id()), false);
			}
		}
		UUID id = input.id() == null ? UUID.randomUUID() : input.id();
		MerchantRules.Valid valid = rules.check(input, id, this::visibleMarket);
		String by = currentScope.get().username();
		figures.change(FigureScope.record(RecordKind.MERCHANT, id), () -> repository.insert(valid, by));
		Merchant created = repository.find(id).orElseThrow();
		events.publishEvent(Audited.created("MERCHANT", id, created.unitPath(), created));
		return new Saved(created, true);
	}

	@Transactional
	public Merchant update(UUID id, MerchantInput input) {
		editor();
		Merchant before = get(id);
		MerchantRules.Valid valid = rules.check(input, id, market -> market.equals(id) ? Optional.empty() : visibleMarket(market));
		if (before.kind() == MerchantKind.MARKET && valid.kind() != MerchantKind.MARKET && repository.hasStalls(id)) {
			throw InvalidInput.of("kind", "merchant.kind.hasStalls");
		}
		List<UUID> moved = before.kind() == MerchantKind.MARKET ? repository.stallsOf(id) : List.of();
		List<UUID> touched = new java.util.ArrayList<>(moved);
		touched.add(id);
		figures.change(FigureScope.records(RecordKind.MERCHANT, touched), () -> repository.update(valid));
		Merchant after = repository.find(id).orElseThrow();
		events.publishEvent(Audited.updated("MERCHANT", id, after.unitPath(), before, after));
		return after;
	}

	/** The template to fill in, with an example row and the kinds and methods it takes. */
	public byte[] template() {
		editor();
		return MerchantWorkbook.template();
	}

	/**
	 * Imports a workbook: every row is checked by the same rules as the form and against the
	 * other rows; one bad row and nothing is written.
	 */
	@Transactional
	public MerchantImport importFile(Path workbook) {
		editor();
		MerchantImporter.Checked checked = importer.check(workbook, this::visibleMarket);
		if (!checked.result().ok()) {
			return checked.result();
		}
		String by = currentScope.get().username();
		List<UUID> ids = checked.valid().stream().map(MerchantRules.Valid::id).toList();
		// markets before stalls, whatever the order of the rows: a stall refers to its market
		List<MerchantRules.Valid> ordered = checked.valid().stream()
			.sorted(java.util.Comparator.comparing(v -> v.kind() == MerchantKind.MARKET_STALL)).toList();
		figures.change(FigureScope.records(RecordKind.MERCHANT, ids), () -> ordered.forEach(v -> repository.insert(v, by)));
		for (MerchantRules.Valid v : checked.valid()) {
			events.publishEvent(Audited.created("MERCHANT", v.id(), v.unit().path(), repository.find(v.id()).orElseThrow()));
		}
		return new MerchantImport(checked.result().rows(), ids, List.of(), null, new Object[0]);
	}

	/**
	 * For the citizens' page, without sign-in: the points under a unit in force, public fields
	 * only. An unknown unit has none.
	 */
	public List<PublicMerchant> publicList(long unitId) {
		return territory.lookupIgnoringScope(unitId).filter(u -> u.validTo() == null)
			.map(u -> repository.publicUnder(u.path(), PUBLIC_LIMIT)).orElse(List.of());
	}

	private Optional<MarketRef> visibleMarket(UUID id) {
		Scope s = currentScope.get();
		return repository.find(id).filter(m -> m.kind() == MerchantKind.MARKET && s.coversUnitPath(m.unitPath()))
			.map(m -> new MarketRef(m.id(), unit(m.unitId())));
	}

	private AdminUnit unit(long id) {
		return territory.lookupIgnoringScope(id).orElseThrow();
	}

	/** Everyone with a unit in the tree reads points, except partner enterprises. */
	private Scope reader() {
		Scope s = currentScope.get();
		if (s.role() == Role.PARTNER) {
			throw new OutOfScope("merchants");
		}
		return s;
	}

	private void editor() {
		reader();
		if (!canEdit()) {
			throw new OutOfScope("merchants");
		}
	}
}
