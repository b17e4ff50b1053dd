package org.hros.exercise.check;

/** How much a finding weighs: a blocking finding stops an attempt from passing, advice only lowers its score. */
public enum Severity {
    BLOCKING,
    ADVICE;

    public String messageKey() {
        return "exercise.severity." + name();
    }
}
