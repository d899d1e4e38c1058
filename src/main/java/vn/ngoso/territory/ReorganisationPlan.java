package vn.ngoso.territory;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A reorganisation as data: the new units (CSV {@code code,name,type,level,parent_code}, the
 * official list's format), old commune → new commune ({@code old_code,new_code[,kind]}, kind
 * {@code full} or {@code partial}; without the column a commune listed twice is partial), and
 * for split communes which hamlet goes where ({@code hamlet_code,new_commune_code}, may be empty).
 */
public record ReorganisationPlan(byte[] units, byte[] mapping, byte[] hamlets, @Nullable LocalDate effective)
		implements java.io.Serializable {
}
