package org.clientela.it.browser;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs browser tests where Chromium and its driver are installed; see {@link BrowserTest}. */
public class ChromiumCondition implements ExecutionCondition {

    static final String INSTALL = "apt-get update && apt-get install -y chromium chromium-driver";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium is installed");
        }
        String missing = "Chromium or chromedriver is missing (" + Browser.CHROMIUM + ", " + Browser.CHROMEDRIVER + ")";
        if (Boolean.getBoolean("browser.required")) {
            throw new ExtensionConfigurationException(missing + "; install them: " + INSTALL);
        }
        System.err.println("\n**********************************************************************");
        System.err.println("* BROWSER TESTS SKIPPED: " + missing);
        System.err.println("* Install them with: " + INSTALL);
        System.err.println("**********************************************************************\n");
        return ConditionEvaluationResult.disabled(missing + "; install: " + INSTALL);
    }
}
