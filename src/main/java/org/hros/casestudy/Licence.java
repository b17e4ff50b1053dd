package org.hros.casestudy;

/** The Creative Commons licence a published case carries. */
public enum Licence {
    CC_BY_4_0("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA_4_0("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    CC_BY_NC_4_0("CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/");

    public static final Licence DEFAULT = CC_BY_4_0;

    private final String shortName;
    private final String url;

    Licence(String shortName, String url) {
        this.shortName = shortName;
        this.url = url;
    }

    public String shortName() {
        return shortName;
    }

    public String url() {
        return url;
    }

    public String messageKey() {
        return "licence." + name();
    }
}
