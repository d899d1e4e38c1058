package vn.ngoso.citizens;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a citizen may ask the team to come and help with; the label starts the request's text so
 * that the team reads it in Vietnamese whatever language the page was shown in.
 */
public enum HelpTopic {
	VNEID("Cài đặt, kích hoạt VNeID"), PUBLIC_SERVICES("Nộp hồ sơ dịch vụ công trực tuyến"),
	CASHLESS("Thanh toán không dùng tiền mặt"), SMARTPHONE("Sử dụng điện thoại thông minh"),
	SAFETY("Phòng chống lừa đảo trên mạng"), OTHER("Việc khác");

	private final String vietnamese;

	HelpTopic(String vietnamese) {
		this.vietnamese = vietnamese;
	}

	public String vietnamese() {
		return vietnamese;
	}

	public static Optional<HelpTopic> parse(@Nullable String code) {
		return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
	}

	/** The request's text: the topic, then the citizen's own words. Empty when there are no words and
	 * no topic but "other". */
	public static String what(@Nullable HelpTopic topic, @Nullable String details) {
		String text = details == null ? "" : details.strip();
		if (topic == null || topic == OTHER && text.isEmpty()) {
			return text;
		}
		return text.isEmpty() ? topic.vietnamese : topic.vietnamese + ": " + text;
	}
}
