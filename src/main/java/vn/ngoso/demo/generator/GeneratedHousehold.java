package vn.ngoso.demo.generator;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.households.ReadinessItem;
import vn.ngoso.households.Relation;
import vn.ngoso.teams.Sex;

/** One generated household with everything that hangs off it, handed to the sinks and dropped. */
public record GeneratedHousehold(UUID id, HamletRef hamlet, String code, String address, List<Person> residents,
		List<VisitMade> visits) {

	/** A resident. Readiness is filled by the outreach step; events are every recording, marks the earliest. */
	public record Person(UUID id, String fullName, @Nullable LocalDate birthDate, int birthYear, int age, Sex sex,
			Relation relation, @Nullable String phone, @Nullable String cccd, boolean consent,
			EnumMap<ReadinessItem, Mark> readiness, List<Event> events) {
	}

	/** An item reached, as the profile keeps it. */
	public record Mark(LocalDate since, @Nullable UUID visitId) {
	}

	/** A recording of an item, as the history keeps it. */
	public record Event(ReadinessItem item, LocalDate on, @Nullable UUID visitId) {
	}

	/** A door-to-door visit with the members present and what each resident was helped with. */
	public record VisitMade(UUID id, LocalDate date, List<Long> memberIds, List<Outcome> outcomes,
			@Nullable String note) {
	}

	public record Outcome(UUID residentId, ReadinessItem item) {
	}

	public boolean covered() {
		return residents.stream().anyMatch(r -> r.readiness().containsKey(ReadinessItem.FLUENT));
	}

	public @Nullable LocalDate lastVisitOn() {
		return visits.stream().map(VisitMade::date).max(LocalDate::compareTo).orElse(null);
	}
}
