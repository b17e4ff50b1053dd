package org.hros.casestudy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The sections of the case template, in reading order, with the form each belongs to. */
public enum Section {
    SUMMARY("summary", CaseType.CASE_STUDY, true),
    CHALLENGE("challenge", CaseType.CASE_STUDY, true),
    WHAT_WE_DID("whatWeDid", CaseType.CASE_STUDY, true),
    RESULTS("results", CaseType.CASE_STUDY, true),
    WRONG("wrong", CaseType.CASE_STUDY, true),
    LUCKY("lucky", CaseType.CASE_STUDY, false),
    DIFFERENTLY("differently", CaseType.CASE_STUDY, true),
    LESSONS("lessons", CaseType.CASE_STUDY, true),
    WHY("why", CaseType.SPARK, true),
    WHAT("what", CaseType.SPARK, true),
    HOW("how", CaseType.SPARK, true),
    LEARNINGS("learnings", CaseType.SPARK, true),
    /** Tools and resources: both forms end with it. */
    RESOURCES("resources", null, false);

    /** The longest text one section may hold, in characters. */
    public static final int MAX_LENGTH = 20_000;

    private final String key;
    private final CaseType only;
    private final boolean required;

    Section(String key, CaseType only, boolean required) {
        this.key = key;
        this.only = only;
        this.required = required;
    }

    public String key() {
        return key;
    }

    /** Whether a case of this form must fill the section before it can be submitted. */
    public boolean required() {
        return required;
    }

    public String messageKey() {
        return "section." + key;
    }

    public String hintKey() {
        return "section." + key + ".hint";
    }

    public boolean belongsTo(CaseType type) {
        return only == null || only == type;
    }

    public static List<Section> of(CaseType type) {
        return Arrays.stream(values()).filter(s -> s.belongsTo(type)).toList();
    }

    public static Optional<Section> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
