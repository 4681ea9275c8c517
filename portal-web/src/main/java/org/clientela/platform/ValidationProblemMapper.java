package org.clientela.platform;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bean Validation's verdict on a request ({@code @Valid} on a resource's parameters): 400 with
 * every bad field, named as the caller wrote it ({@code lines[0].quantity}, {@code
 * shipping.city}, a header or query parameter by its own name). Messages are in the caller's
 * language: a constraint's message {@code {api.…}} is a key of the API's texts, any other is
 * interpolated by Bean Validation in that language.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Pattern API_KEY = Pattern.compile("\\{(api\\.[\\w.]+)}");

    @Context
    private HttpServletRequest request;

    @Inject
    private ValidatorFactory validation;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        ApiTexts texts = ApiTexts.of(request);
        Problem problem = Problem.of(400, "invalid", texts.get("api.problem.invalid"));
        // a violation exception made from a message alone carries no set
        Set<ConstraintViolation<?>> violations =
                exception.getConstraintViolations() == null ? Set.of() : exception.getConstraintViolations();
        violations.stream()
                .map(v -> new FieldError(field(v), message(v, texts)))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .forEach(e -> problem.field(e.field(), e.message()));
        return problem.response();
    }

    private record FieldError(String field, String message) {}

    private String message(ConstraintViolation<?> violation, ApiTexts texts) {
        String template = violation.getMessageTemplate();
        Matcher key = API_KEY.matcher(template);
        if (key.matches()) {
            Optional<String> text = texts.find(key.group(1));
            if (text.isPresent()) {
                return text.get();
            }
        }
        return validation.getMessageInterpolator().interpolate(template, new Interpolating(violation), texts.locale());
    }

    /** The field as the request names it: the body's properties from its root, a parameter by its annotation. */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        Method method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD ->
                    method = method(
                            violation.getRootBeanClass(),
                            node.getName(),
                            node.as(Path.MethodNode.class).getParameterTypes().toArray(Class<?>[]::new));
                case PARAMETER ->
                    field.append(
                            parameter(method, node.as(Path.ParameterNode.class).getParameterIndex()));
                case PROPERTY, BEAN, CONTAINER_ELEMENT -> {
                    if (node.isInIterable()) {
                        field.append('[')
                                .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                                .append(']');
                    }
                    if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(node.getName());
                    }
                }
                default -> {}
            }
        }
        return field.toString();
    }

    /** The resource's own method: CDI may hand a subclass of it to Bean Validation. */
    private static Method method(Class<?> type, String name, Class<?>[] parameters) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Method method = c.getDeclaredMethod(name, parameters);
                if (c.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    return method;
                }
            } catch (NoSuchMethodException e) {
                // declared further up
            }
        }
        return null;
    }

    /** A header, query or path parameter by its name; the body is the root, named by nothing. */
    private static String parameter(Method method, int index) {
        if (method == null) {
            return "";
        }
        for (Annotation annotation : method.getParameterAnnotations()[index]) {
            if (annotation instanceof HeaderParam header) {
                return header.value();
            } else if (annotation instanceof QueryParam query) {
                return query.value();
            } else if (annotation instanceof PathParam path) {
                return path.value();
            } else if (annotation instanceof FormParam form) {
                return form.value();
            } else if (annotation instanceof CookieParam cookie) {
                return cookie.value();
            } else if (annotation instanceof MatrixParam matrix) {
                return matrix.value();
            }
        }
        return "";
    }

    /** What the interpolator needs to say a violation again in another language. */
    private record Interpolating(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new ValidationException("Cannot unwrap to " + type);
        }
    }

    /** A check the request's constraints cannot express, answered the same way. */
    @Provider
    public static class InvalidField implements ExceptionMapper<InvalidFieldException> {

        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(InvalidFieldException exception) {
            ApiTexts texts = ApiTexts.of(request);
            return Problem.of(400, "invalid", texts.get("api.problem.invalid"))
                    .field(exception.getField(), texts.get(exception.getKey(), exception.getArgs()))
                    .response();
        }
    }
}
