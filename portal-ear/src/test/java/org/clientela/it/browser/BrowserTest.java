package org.clientela.it.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives Debian's headless Chromium. Without Chromium it is skipped with a loud
 * warning, unless {@code -Dbrowser.required=true} (CI) makes that a failure.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(ChromiumCondition.class)
public @interface BrowserTest {}
