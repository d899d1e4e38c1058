package vn.ngoso.imports.internal;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ngoso.households.ReadinessItem;

/**
 * The columns of the household file, in their fixed order, with their exact Vietnamese headers.
 * The first ten are the file's own; the registration date and the readiness columns after them
 * are optional as a block: a file has either the first ten or all of them.
 */
public enum Column {
	COMMUNE("Mã xã"), HAMLET("Ấp/khu phố"), CODE("Mã hộ"), ADDRESS("Địa chỉ"), NAME("Họ và tên"),
	BIRTH("Ngày sinh"), SEX("Giới tính"), RELATION("Quan hệ với chủ hộ"), PHONE("Số điện thoại"),
	CCCD("Số CCCD"),
	/** The household's registration date, repeated on its rows like the address. */
	REGISTERED("Ngày đăng ký hộ"),
	// the readiness items, named as the household page names them
	SMARTPHONE("Có điện thoại thông minh", ReadinessItem.SMARTPHONE),
	VNEID_DOSSIER("Đã nộp hồ sơ VNeID mức 2", ReadinessItem.VNEID_DOSSIER),
	VNEID_ACTIVATED("Đã kích hoạt VNeID mức 2", ReadinessItem.VNEID_ACTIVATED),
	PROVINCIAL_APP("Đã cài ứng dụng của tỉnh", ReadinessItem.PROVINCIAL_APP),
	ONLINE_SERVICE_ACCOUNT("Có tài khoản dịch vụ công", ReadinessItem.ONLINE_SERVICE_ACCOUNT),
	ONLINE_SERVICE_USED("Đã dùng dịch vụ công trực tuyến", ReadinessItem.ONLINE_SERVICE_USED),
	BANK_ACCOUNT("Có tài khoản ngân hàng", ReadinessItem.BANK_ACCOUNT),
	CASHLESS("Thanh toán không dùng tiền mặt", ReadinessItem.CASHLESS),
	VSSID("Đã cài VssID", ReadinessItem.VSSID),
	FLUENT("Sử dụng thành thạo", ReadinessItem.FLUENT),
	/** Bình dân học vụ số: the cell's date is the certificate's, from 2025 on. */
	DIGITAL_LITERACY("Đạt chuẩn Bình dân học vụ số", ReadinessItem.DIGITAL_LITERACY),
	/** Not a column: a problem with the row as a whole. */
	ROW("Dòng");

	/** Every column a file may have, in order. */
	public static final List<Column> IN_FILE = Arrays.stream(values()).filter(c -> c != ROW).toList();

	/** The columns every file has: a file of only these is what the import always took. */
	public static final List<Column> BASE = IN_FILE.subList(0, REGISTERED.ordinal());

	/** The optional columns, in order: their cells are staged together. */
	public static final List<Column> OPTIONAL = IN_FILE.subList(REGISTERED.ordinal(), IN_FILE.size());

	/** The full header, as the templates have it. */
	public static final List<String> HEADER = IN_FILE.stream().map(Column::header).toList();

	/**
	 * The full header as it was before the Bình dân học vụ số column (issue 17): files made from
	 * the older template are still taken.
	 */
	public static final List<String> HEADER_BEFORE_LITERACY = HEADER.subList(0, DIGITAL_LITERACY.ordinal());

	/** The header of a file without the optional columns. */
	public static final List<String> BASE_HEADER = BASE.stream().map(Column::header).toList();

	private final String header;

	private final @Nullable ReadinessItem item;

	Column(String header) {
		this(header, null);
	}

	Column(String header, @Nullable ReadinessItem item) {
		this.header = header;
		this.item = item;
	}

	public String header() {
		return header;
	}

	/** The readiness item the column holds, or null for the other columns. */
	public @Nullable ReadinessItem item() {
		return item;
	}

	public static Column named(String name) {
		return valueOf(name);
	}
}
