package org.hros.redaction.internal;

import java.util.List;

/** A statistical recogniser of people, organisations and places in running text. */
interface NamedEntities {

    /** The recogniser used when none is available: the rules work alone. */
    NamedEntities NONE = text -> List.of();

    /** The entities in the text, in text order, with offsets into it. */
    List<Entity> find(String text);

    /** Starts loading what the recogniser needs, in the background, if it has not started yet. */
    default void startLoading() {}

    /** What an entity is, as the model labels it. */
    enum Type {
        PERSON,
        ORGANIZATION,
        LOCATION,
        MISC
    }

    /** One entity: the characters {@code [start, end)} of the text. */
    record Entity(int start, int end, Type type) {}
}
