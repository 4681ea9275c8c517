package org.clientela.platform;

import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the methods named in expressions ({@code #{line.total()}}, {@code #{uiLanguage.money(a, b)}})
 * through a lookup kept per class. The standard resolver looks the method up with
 * {@code Class.getMethods()} on every call, which copies every public method of the class each
 * time; on CDI proxies, with their many methods, that is much memory and CPU for pages that call
 * methods in a loop, such as the customer 360. Only the plain case is taken: exactly one public
 * method of that name and number of parameters, not varargs, in a public class; anything else,
 * and method expressions that state their parameter types, go on to the standard resolver as
 * before.
 * Arguments are coerced as the standard resolver coerces them.
 */
public final class CachedMethodELResolver extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || base instanceof ELClass || paramTypes != null || !(method instanceof String name)) {
            return null;
        }
        int arity = params == null ? 0 : params.length;
        Method target = METHODS.get(base.getClass())
                .computeIfAbsent(name + '/' + arity, key -> only(base.getClass(), name, arity))
                .orElse(null);
        if (target == null) {
            return null;
        }
        Class<?>[] types = target.getParameterTypes();
        Object[] arguments = new Object[arity];
        for (int i = 0; i < arity; i++) {
            arguments[i] = context.convertToType(params[i], types[i]);
        }
        try {
            Object result = target.invoke(base, arguments);
            context.setPropertyResolved(base, method);
            return result;
        } catch (IllegalAccessException e) {
            return null; // a public class in a package closed to us: the standard resolver finds a way
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }

    private static Optional<Method> only(Class<?> type, String name, int arity) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return Optional.empty();
        }
        List<Method> candidates = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
                .filter(m -> !m.isBridge() && !m.isVarArgs() && !Modifier.isStatic(m.getModifiers()))
                .toList();
        if (candidates.size() != 1
                || !Modifier.isPublic(candidates.get(0).getDeclaringClass().getModifiers())) {
            return Optional.empty();
        }
        return Optional.of(candidates.get(0));
    }

    // a resolver of method calls only: properties are the other resolvers' business

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // not ours
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
