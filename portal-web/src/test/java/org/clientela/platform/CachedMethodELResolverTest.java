package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELManager;
import jakarta.el.ExpressionFactory;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CachedMethodELResolverTest {

    private final CachedMethodELResolver resolver = new CachedMethodELResolver();
    private ELManager manager;

    public static class Prices {
        public String money(BigDecimal amount, String currency) {
            return currency + " " + amount.setScale(2);
        }

        public String label(int count) {
            return "one";
        }

        public String label(String text) {
            return "two";
        }

        public String fail() {
            throw new IllegalStateException("broken");
        }
    }

    @BeforeEach
    void context() {
        manager = new ELManager();
        manager.addELResolver(resolver);
        manager.defineBean("prices", new Prices());
    }

    @Test
    void callsTheOnlyMethodOfThatNameAndCoercesItsArguments() {
        ELContext context = manager.getELContext();

        Object result = resolver.invoke(context, new Prices(), "money", null, new Object[] {12L, "EUR"});

        assertThat(result).isEqualTo("EUR 12.00");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void leavesOverloadsAndClosedClassesToTheStandardResolver() {
        ELContext context = manager.getELContext();

        assertThat(resolver.invoke(context, new Prices(), "label", null, new Object[] {"x"}))
                .isNull();
        assertThat(resolver.invoke(context, List.of(1, 2), "size", null, new Object[0]))
                .isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void expressionsGiveTheSameAnswersThroughTheWholeChain() {
        assertThat(evaluate("#{prices.money(3, 'BGN')}")).isEqualTo("BGN 3.00");
        assertThat(evaluate("#{prices.money(4, 'EUR')}")).as("from the cache").isEqualTo("EUR 4.00");
        assertThat(evaluate("#{prices.label('x')}")).isEqualTo("two");
        assertThat(evaluate("#{'ab'.concat('cd')}")).isEqualTo("abcd");
    }

    @Test
    void theMethodsOwnFailureComesThroughAsItsCause() {
        assertThatThrownBy(() -> evaluate("#{prices.fail()}"))
                .isInstanceOf(ELException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("broken");
    }

    private Object evaluate(String expression) {
        ELContext context = manager.getELContext();
        return ExpressionFactory.newInstance()
                .createValueExpression(context, expression, Object.class)
                .getValue(context);
    }
}
