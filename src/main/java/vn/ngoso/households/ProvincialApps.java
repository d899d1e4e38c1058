package vn.ngoso.households;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The provincial citizen app's name is a per-province setting (Long An Số for 80).
 *
 * @param names app name by province code
 */
@ConfigurationProperties("ngoso.provincial-apps")
public record ProvincialApps(@DefaultValue Map<String, String> names) {

	public String nameFor(String provinceCode) {
		return names.getOrDefault(provinceCode, "ứng dụng công dân của tỉnh");
	}
}
