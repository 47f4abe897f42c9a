package org.civicvoice.participation.lawtext.entity;

/**
 * The kinds of unit a draft law is made of, named after the Akoma Ntoso hierarchy elements; each carries the
 * short name its eIds use ({@code chp_1__sec_2}). Groupings (parts to divisions) hold other units and a heading;
 * the others hold the law's text.
 */
public enum UnitKind {
    PART("part", true),
    TITLE("title", true),
    CHAPTER("chp", true),
    SECTION("sec", false),
    DIVISION("dvs", true),
    ARTICLE("art", false),
    SUBSECTION("subsec", false),
    PARAGRAPH("para", false),
    POINT("point", false),
    SUBPOINT("point", false);

    private final String eIdPrefix;
    private final boolean grouping;

    UnitKind(String eIdPrefix, boolean grouping) {
        this.eIdPrefix = eIdPrefix;
        this.grouping = grouping;
    }

    public String eIdPrefix() {
        return eIdPrefix;
    }

    /** A part, title, chapter or division: it has a heading and holds units, never text of its own. */
    public boolean isGrouping() {
        return grouping;
    }
}
