package vn.ngoso.platform;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a handler method takes as text, found by reflection: the path variables, request
 * parameters, form fields and JSON properties of type {@code String} (at any depth of a JSON
 * body). For each, the request as a client would send it, with sample values everywhere and one
 * chosen text in that one place.
 */
final class TextInputs {

	enum Place {
		PATH, PARAM, FORM_FIELD, JSON
	}

	/**
	 * One text a request carries.
	 *
	 * @param name the path variable, parameter or form field; for JSON the property path as the API
	 *        names it in a problem ({@code outcomes[0].note})
	 * @param many a parameter bound to a list of texts
	 */
	record TextInput(Place place, String name, boolean many) {

		TextInput(Place place, String name) {
			this(place, name, false);
		}
	}

	/**
	 * A request to send: path variables, parameters (query or form) and a JSON body (or null).
	 * Parameters are Strings or lists of Strings.
	 */
	record Request(Map<String, String> path, Map<String, List<String>> params, Object body) {
	}

	/** A value for a typed input that is not text: (type, name) to a value, or null to leave it out. */
	private final BiFunction<Class<?>, String, Object> samples;

	/** A text for a named text input that is not the one under test. */
	private final java.util.function.Function<String, String> texts;

	private final DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();

	/** A value for a path variable that is not the one under test: (pattern, variable) to a value. */
	private final BiFunction<String, String, String> pathValues;

	TextInputs(BiFunction<Class<?>, String, Object> samples, java.util.function.Function<String, String> texts,
			BiFunction<String, String, String> pathValues) {
		this.samples = samples;
		this.texts = texts;
		this.pathValues = pathValues;
	}

	/** Every text input of the handler. */
	List<TextInput> of(HandlerMethod handler) {
		List<TextInput> found = new ArrayList<>();
		for (MethodParameter p : parameters(handler)) {
			Class<?> type = p.getParameterType();
			if (p.hasParameterAnnotation(PathVariable.class)) {
				if (type == String.class) {
					found.add(new TextInput(Place.PATH, pathName(p)));
				}
			}
			else if (p.hasParameterAnnotation(RequestParam.class)) {
				if (type == String.class || isStrings(p.getGenericParameterType())) {
					found.add(new TextInput(Place.PARAM, paramName(p), type != String.class));
				}
			}
			else if (p.hasParameterAnnotation(RequestBody.class)) {
				jsonTexts(p.getGenericParameterType(), "", found, 0);
			}
			else if (isForm(p)) {
				formFields(type).forEach((field, fieldType) -> {
					if (fieldType == String.class) {
						found.add(new TextInput(Place.FORM_FIELD, field));
					}
				});
			}
		}
		return found;
	}

	/** The request with sample values and {@code text} in {@code input}. */
	Request request(HandlerMethod handler, String pattern, TextInput input, String text) {
		Map<String, String> path = new LinkedHashMap<>();
		Map<String, List<String>> params = new LinkedHashMap<>();
		Object body = null;
		for (MethodParameter p : parameters(handler)) {
			Class<?> type = p.getParameterType();
			if (p.hasParameterAnnotation(PathVariable.class)) {
				String name = pathName(p);
				boolean chosen = input.place() == Place.PATH && input.name().equals(name);
				path.put(name, chosen ? text : pathValues.apply(pattern, name));
			}
			else if (p.hasParameterAnnotation(RequestParam.class)) {
				String name = paramName(p);
				if (type == MultipartFile.class || Map.class.isAssignableFrom(type)) {
					continue;
				}
				boolean chosen = input.place() == Place.PARAM && input.name().equals(name);
				Object value = chosen ? text : sampleOrText(type, name);
				if (value != null) {
					params.put(name, List.of(String.valueOf(value)));
				}
			}
			else if (p.hasParameterAnnotation(RequestBody.class)) {
				body = json(p.getGenericParameterType(), "", input, text, 0);
			}
			else if (isForm(p)) {
				formFields(type).forEach((field, fieldType) -> {
					boolean chosen = input.place() == Place.FORM_FIELD && input.name().equals(field);
					Object value = chosen ? text : sampleOrText(fieldType, field);
					if (value != null) {
						params.put(field, List.of(String.valueOf(value)));
					}
				});
			}
		}
		return new Request(path, params, body);
	}

	private Object sampleOrText(Class<?> type, String name) {
		return type == String.class ? texts.apply(name) : samples.apply(type, name);
	}

	private MethodParameter[] parameters(HandlerMethod handler) {
		MethodParameter[] parameters = handler.getMethodParameters();
		for (MethodParameter p : parameters) {
			p.initParameterNameDiscovery(names);
		}
		return parameters;
	}

	private static String pathName(MethodParameter p) {
		PathVariable a = p.getParameterAnnotation(PathVariable.class);
		return !a.name().isEmpty() ? a.name() : !a.value().isEmpty() ? a.value() : p.getParameterName();
	}

	private static String paramName(MethodParameter p) {
		RequestParam a = p.getParameterAnnotation(RequestParam.class);
		return !a.name().isEmpty() ? a.name() : !a.value().isEmpty() ? a.value() : p.getParameterName();
	}

	/** A form object: {@code @ModelAttribute}, or a parameter of our own type without annotation. */
	private static boolean isForm(MethodParameter p) {
		if (p.hasParameterAnnotation(ModelAttribute.class)) {
			return true;
		}
		Class<?> type = p.getParameterType();
		if (p.getParameterAnnotations().length > 0 || BeanUtils.isSimpleProperty(type) || type.isEnum()) {
			return false;
		}
		return type.getName().startsWith("vn.ngoso.") && !Model.class.isAssignableFrom(type)
				&& !Errors.class.isAssignableFrom(type) && !RedirectAttributes.class.isAssignableFrom(type)
				&& !Principal.class.isAssignableFrom(type) && !p.hasParameterAnnotation(RequestHeader.class);
	}

	/** Bindable fields of a form object: a record's components or a bean's writable properties. */
	private static Map<String, Class<?>> formFields(Class<?> type) {
		Map<String, Class<?>> fields = new LinkedHashMap<>();
		if (type.isRecord()) {
			for (RecordComponent c : type.getRecordComponents()) {
				fields.put(c.getName(), c.getType());
			}
		}
		else {
			for (PropertyDescriptor d : BeanUtils.getPropertyDescriptors(type)) {
				if (d.getWriteMethod() != null) {
					fields.put(d.getName(), d.getPropertyType());
				}
			}
		}
		return fields;
	}

	private static boolean isStrings(Type type) {
		return type instanceof ParameterizedType pt && Collection.class.isAssignableFrom(raw(pt))
				&& pt.getActualTypeArguments()[0] == String.class;
	}

	private static Class<?> raw(Type type) {
		if (type instanceof Class<?> c) {
			return c;
		}
		if (type instanceof ParameterizedType pt) {
			return (Class<?>) pt.getRawType();
		}
		return Object.class;
	}

	/** The texts of a JSON body of this type, by property path. */
	private void jsonTexts(Type type, String path, List<TextInput> found, int depth) {
		Class<?> raw = raw(type);
		if (raw == String.class) {
			found.add(new TextInput(Place.JSON, path));
		}
		else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType pt) {
			jsonTexts(pt.getActualTypeArguments()[0], path + "[0]", found, depth + 1);
		}
		else if (raw.isRecord() && depth < 4) {
			for (RecordComponent c : raw.getRecordComponents()) {
				jsonTexts(c.getGenericType(), path.isEmpty() ? c.getName() : path + "." + c.getName(), found, depth + 1);
			}
		}
	}

	/** A JSON value of this type, with {@code text} at the chosen path. */
	private Object json(Type type, String path, TextInput input, String text, int depth) {
		Class<?> raw = raw(type);
		String name = path.substring(Math.max(path.lastIndexOf('.'), path.lastIndexOf(']')) + 1);
		if (raw == String.class) {
			return input.place() == Place.JSON && input.name().equals(path) ? text : texts.apply(name);
		}
		if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType pt) {
			Type element = pt.getActualTypeArguments()[0];
			Object one = json(element, path + "[0]", input, text, depth + 1);
			if (raw(element) != String.class && !raw(element).isRecord()) {
				Object sample = samples.apply(raw(element), name);
				return sample instanceof List<?> list ? list : one == null ? List.of() : List.of(one);
			}
			return one == null ? List.of() : List.of(one);
		}
		if (raw.isRecord() && depth < 4) {
			Map<String, Object> object = new LinkedHashMap<>();
			for (RecordComponent c : raw.getRecordComponents()) {
				Object value = json(c.getGenericType(), path.isEmpty() ? c.getName() : path + "." + c.getName(), input, text,
						depth + 1);
				if (value != null) {
					object.put(c.getName(), value);
				}
			}
			return object;
		}
		Object sample = samples.apply(raw, name);
		if (sample instanceof LocalDate || sample instanceof Instant || sample instanceof UUID || sample instanceof YearMonth
				|| sample instanceof BigDecimal || sample instanceof Enum<?>) {
			return sample.toString();
		}
		return sample;
	}
}
