package org.rematch.systemtests;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test methods their {@link Browser}s (a fresh one per parameter, phone size unless {@link Browser.Viewport}
 * says otherwise) and closes them after the test. When the test failed, each browser first saves what it showed:
 * {@code target/screenshots/<TestClass>.<method>-failure.png}, {@code .html} and {@code .log} (the console).
 */
final class BrowserExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver,
        AfterTestExecutionCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    /** Without Chromium or ChromeDriver the tests are skipped, and the report says why (not under CI: beforeAll). */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Browser.whyNotInstalled()
                .filter(why -> !Browser.underCi())
                .map(why -> {
                    System.out.println(">>> " + context.getDisplayName() + " skipped: " + why);
                    return ConditionEvaluationResult.disabled(why);
                })
                .orElse(ConditionEvaluationResult.enabled("Chromium and ChromeDriver are there, or CI fails without"));
    }

    /** Under CI a missing browser fails the class here, before the platform is started for nothing. */
    @Override
    public void beforeAll(ExtensionContext context) {
        Browser.requireInstallation();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser.Size size = parameter.findAnnotation(Browser.Viewport.class)
                .map(Browser.Viewport::value)
                .orElse(Browser.Size.PHONE);
        Browser browser = Browser.start(size);
        browsers(context).list().add(browser);
        return browser;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        try (Opened opened = browsers(context)) {
            if (context.getExecutionException().isPresent()) {
                String test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
                for (int i = 0; i < opened.list().size(); i++) {
                    String name = test + (i == 0 ? "" : "-" + (i + 1)) + "-failure";
                    try {
                        opened.list().get(i).saveForDiagnosis(name);
                        System.out.println(">>> saved " + Browser.SCREENSHOTS.resolve(name) + ".png, .html and .log");
                    } catch (RuntimeException e) {
                        System.out.println(">>> could not save " + name + ": " + e);
                    }
                }
            }
        }
    }

    private static Opened browsers(ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent(Opened.class, key -> new Opened(new ArrayList<>()), Opened.class);
    }

    /** The browsers of one test; in the store so they are closed even if the test never ran. */
    record Opened(List<Browser> list) implements AutoCloseable {
        @Override
        public void close() {
            list.forEach(Browser::close);
        }
    }
}
