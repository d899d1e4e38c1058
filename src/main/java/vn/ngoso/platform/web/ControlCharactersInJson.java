package vn.ngoso.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import vn.ngoso.platform.ControlCharacters;

/**
 * Every JSON string read into a String (a property, a list element, a map value) goes through
 * {@link ControlCharacters}: one with a refused character fails as a value of the wrong format,
 * with the property's path, which {@link ApiProblems} answers as a 400 naming the field.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharactersInJson {

	@Bean
	JacksonModule controlCharacters() {
		return new SimpleModule("control-characters").addDeserializer(String.class, new CheckedStrings());
	}

	/** The standard reading of a string, then the check. Not a subclass: Jackson would take it for the standard one. */
	static final class CheckedStrings extends StdScalarDeserializer<String> {

		CheckedStrings() {
			super(String.class);
		}

		@Override
		public @Nullable String deserialize(JsonParser p, DeserializationContext ctxt) {
			String value = StringDeserializer.instance.deserialize(p, ctxt);
			if (value != null && ControlCharacters.in(value)) {
				throw ctxt.weirdStringException(value, String.class, "control character");
			}
			return value;
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

		@Override
		public Object getEmptyValue(DeserializationContext ctxt) {
			return "";
		}
	}
}
