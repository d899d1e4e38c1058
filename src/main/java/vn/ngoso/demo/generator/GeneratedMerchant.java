package vn.ngoso.demo.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An acceptance point the generator makes: its kind and methods by their codes in the merchants module. */
public record GeneratedMerchant(UUID id, String kind, String name, String address, HamletRef hamlet,
		List<String> methods, LocalDate startedOn, @Nullable UUID marketId) {
}
