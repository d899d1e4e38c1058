package vn.ngoso.demo.internal;

import java.util.List;
import java.util.Random;
import vn.ngoso.teams.Sex;

/** Plausible Vietnamese full names for demo members. */
final class VietnameseNames {

	private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Phan",
			"Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Đinh", "Lâm", "Châu", "Tạ", "Lương");

	private static final List<String> MALE_MIDDLE = List.of("Văn", "Minh", "Hữu", "Đức", "Quốc", "Thanh", "Hoàng", "Ngọc",
			"Công", "Tấn");

	private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Thảo", "Bích",
			"Hồng", "Diễm");

	private static final List<String> MALE_GIVEN = List.of("An", "Bình", "Dũng", "Hải", "Hiếu", "Hùng", "Khang", "Khánh",
			"Long", "Nam", "Phong", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Trí", "Tuấn", "Việt", "Vinh", "Đạt", "Lộc");

	private static final List<String> FEMALE_GIVEN = List.of("Anh", "Châu", "Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai",
			"Ngân", "Nhung", "Quỳnh", "Tâm", "Thảo", "Trang", "Trinh", "Vy", "Yến", "Uyên", "Ngọc", "Như");

	private VietnameseNames() {
	}

	static String next(Random random, Sex sex) {
		boolean male = sex == Sex.MALE;
		return pick(random, FAMILY) + " " + pick(random, male ? MALE_MIDDLE : FEMALE_MIDDLE) + " "
				+ pick(random, male ? MALE_GIVEN : FEMALE_GIVEN);
	}

	private static String pick(Random random, List<String> list) {
		return list.get(random.nextInt(list.size()));
	}
}
