package org.rematch.systemtests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class driving the web app in a real browser: its test methods take {@link Browser} parameters, against the
 * platform {@link SystemUnderTest} starts. Chromium and ChromeDriver are looked for first, so a machine without them
 * skips the class (fails it under CI) before the platform is started for nothing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({BrowserExtension.class, SystemUnderTest.class})
@interface BrowserTest {
}
