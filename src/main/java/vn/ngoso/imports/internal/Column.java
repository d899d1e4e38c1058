package vn.ngoso.imports.internal;

import java.util.Arrays;
import java.util.List;

/** The columns of the household file, in their fixed order, with their exact Vietnamese headers. */
public enum Column {
	COMMUNE("Mã xã"), HAMLET("Ấp/khu phố"), CODE("Mã hộ"), ADDRESS("Địa chỉ"), NAME("Họ và tên"),
	BIRTH("Ngày sinh"), SEX("Giới tính"), RELATION("Quan hệ với chủ hộ"), PHONE("Số điện thoại"),
	CCCD("Số CCCD"),
	/** Not a column: a problem with the row as a whole. */
	ROW("Dòng");

	public static final List<Column> IN_FILE = Arrays.stream(values()).filter(c -> c != ROW).toList();

	public static final List<String> HEADER = IN_FILE.stream().map(Column::header).toList();

	private final String header;

	Column(String header) {
		this.header = header;
	}

	public String header() {
		return header;
	}

	public static Column named(String name) {
		return valueOf(name);
	}
}
