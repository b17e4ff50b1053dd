package org.hros.platform.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says which keys stopped the start, one line each, instead of a stack trace. */
public class UnknownSettingsFailureAnalyzer extends AbstractFailureAnalyzer<UnknownSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnknownSettingsException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Correct or remove the key. Every hros.* setting, its default and its meaning is listed in"
                        + " docs/configuration.md.",
                cause);
    }
}
