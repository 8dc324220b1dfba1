package org.mskguide.content;

import java.time.LocalDate;

/**
 * One substantive change to a topic, from {@code content/changelog.yml}: the day it was published and what changed, in
 * one line a reader understands ("Added a section on the knee's tendons"). Shown at the foot of the topic page.
 */
public record ChangelogEntry(LocalDate date, String summary) implements java.io.Serializable {
}
