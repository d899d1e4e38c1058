package vn.ngoso.demo.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.ngoso.demo.generator.GeneratedHousehold.VisitMade;
import vn.ngoso.demo.generator.HouseholdMaker.Draft;
import vn.ngoso.demo.generator.Plan.HamletPlan;

/**
 * Generates households, residents, profiles and visits hamlet by hamlet (hamlets in code
 * order) and hands each household to the sinks, holding no more than one hamlet in memory.
 * Deterministic: the same seed and hamlets give the same data, byte for byte in the CSV file.
 */
public final class LongAnGenerator {

	public static final long DEFAULT_SEED = 20241101L;

	private final long seed;

	public LongAnGenerator(long seed) {
		this.seed = seed;
	}

	public long seed() {
		return seed;
	}

	/** @return the counts of what was generated */
	public Summary generate(Plan plan, HouseholdSink... sinks) {
		Summary summary = new Summary();
		HouseholdMaker households = new HouseholdMaker(new Identifiers());
		OutreachMaker outreach = new OutreachMaker();
		try {
			int ordinal = 0;
			for (HamletPlan hamlet : plan.hamlets()) {
				List<Draft> drafts = households.make(hamlet, seed, ordinal++);
				List<List<VisitMade>> visits = outreach.make(hamlet, drafts, seed);
				for (int i = 0; i < drafts.size(); i++) {
					Draft d = drafts.get(i);
					var household = new GeneratedHousehold(d.id(), hamlet.hamlet(), d.code(), d.address(),
							d.residents(), visits.get(i));
					summary.accept(household);
					for (HouseholdSink sink : sinks) {
						sink.accept(household);
					}
				}
			}
			for (HouseholdSink sink : sinks) {
				sink.close();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return summary;
	}

	public Plan plan(List<HamletRef> hamlets, Targets targets) {
		return Plan.of(new ArrayList<>(hamlets), targets, seed);
	}
}
