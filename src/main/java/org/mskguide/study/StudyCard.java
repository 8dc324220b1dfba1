package org.mskguide.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reader's study card holds: per question id, its Leitner box and the day it is next due. The reader keeps
 * the card (a signed link or file); the server stores nothing. Pure Java.
 *
 * @param entries question id to its place in the schedule, in the order the questions were added
 */
public record StudyCard(Map<String, Entry> entries) {

    public static final int MIN_BOX = 1;
    public static final int MAX_BOX = 5;

    public StudyCard {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * @param box    1 (just missed) to 5 (known well)
     * @param dueDay the day it is next due, as days since 1970-01-01 ({@link java.time.LocalDate#toEpochDay()})
     */
    public record Entry(int box, long dueDay) {

        public Entry {
            if (box < MIN_BOX || box > MAX_BOX) {
                throw new IllegalArgumentException("box " + box + " is not 1 to 5");
            }
        }
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
