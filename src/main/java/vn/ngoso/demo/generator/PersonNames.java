package vn.ngoso.demo.generator;

import java.util.SplittableRandom;
import vn.ngoso.teams.Sex;

/**
 * Vietnamese full names as they are spread in the Mekong delta: family names weighted (about
 * four in ten are Nguyễn), "Văn" and "Thị" the common middle names, a wide choice of given names.
 */
final class PersonNames {

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi",
			"Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Đinh", "Lâm", "Châu", "Tạ", "Lương", "Đoàn", "Mai", "Cao", "Lưu",
			"Trịnh", "Tô", "Thái", "Quách", "Hoàng", "Văn", "La" };

	private static final int[] FAMILY_WEIGHT = { 380, 110, 95, 70, 50, 40, 40, 20, 20, 18, 15, 13, 13, 10, 10, 9, 8,
			6, 6, 6, 6, 5, 5, 4, 4, 4, 3, 3, 2, 2 };

	private static final int FAMILY_TOTAL = java.util.Arrays.stream(FAMILY_WEIGHT).sum();

	private static final String[] MALE_MIDDLE = { "Văn", "Văn", "Văn", "Văn", "Minh", "Hữu", "Đức", "Quốc", "Thanh",
			"Hoàng", "Ngọc", "Công", "Tấn", "Thành", "Trung", "Phước", "Hoài", "Chí", "Tuấn", "Bảo" };

	private static final String[] FEMALE_MIDDLE = { "Thị", "Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim",
			"Mỹ", "Thảo", "Bích", "Hồng", "Diễm", "Phương", "Tuyết", "Yến", "Hoài", "Cẩm", "Bảo" };

	private static final String[] MALE_GIVEN = { "An", "Bình", "Dũng", "Hải", "Hiếu", "Hùng", "Khang", "Khánh", "Long",
			"Nam", "Phong", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Trí", "Tuấn", "Việt", "Vinh", "Đạt", "Lộc", "Tâm",
			"Thành", "Nghĩa", "Hòa", "Tùng", "Cường", "Hậu", "Kiệt", "Lợi", "Mến", "Nhân", "Phát", "Quang", "Sang",
			"Tín", "Toàn", "Trọng", "Út", "Vũ", "Bảo", "Duy", "Hưng", "Huy", "Khoa", "Luân", "Minh", "Nhựt", "Thuận" };

	private static final String[] FEMALE_GIVEN = { "Anh", "Châu", "Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Ngân",
			"Nhung", "Quỳnh", "Tâm", "Thảo", "Trang", "Trinh", "Vy", "Yến", "Uyên", "Ngọc", "Như", "Cúc", "Dung",
			"Đào", "Giang", "Hằng", "Hoa", "Hồng", "Huyền", "Kiều", "Lài", "Liên", "Loan", "My", "Nga", "Nhi", "Oanh",
			"Phượng", "Sương", "Thắm", "Thu", "Thủy", "Thư", "Tiên", "Trâm", "Tuyết", "Vân", "Xuân", "Ánh", "Bích",
			"Diễm" };

	private PersonNames() {
	}

	static String family(SplittableRandom random) {
		int x = random.nextInt(FAMILY_TOTAL);
		for (int i = 0; i < FAMILY.length; i++) {
			x -= FAMILY_WEIGHT[i];
			if (x < 0) {
				return FAMILY[i];
			}
		}
		return FAMILY[0];
	}

	static String full(SplittableRandom random, Sex sex, String family) {
		boolean male = sex == Sex.MALE;
		String[] middle = male ? MALE_MIDDLE : FEMALE_MIDDLE;
		String[] given = male ? MALE_GIVEN : FEMALE_GIVEN;
		return family + " " + middle[random.nextInt(middle.length)] + " " + given[random.nextInt(given.length)];
	}

	/** The family name of a full name. */
	static String familyOf(String fullName) {
		int space = fullName.indexOf(' ');
		return space < 0 ? fullName : fullName.substring(0, space);
	}
}
