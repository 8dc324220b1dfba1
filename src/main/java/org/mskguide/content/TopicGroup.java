package org.mskguide.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topics of one part of the guide, with the part's name as {@code /for-students} heads it: the home page,
 * {@code /topics} and {@code /sitemap} list topics in these groups, in reading order.
 * Usage: {@code TopicGroup.of(content.topics())}.
 *
 * @param area   the topics' {@code area} front matter, e.g. {@code regions}; also the group's anchor
 * @param title  the part's name, e.g. "Body regions"
 * @param topics in reading order
 */
public record TopicGroup(String area, String title, List<Page> topics) {

    /** Each area's name, in the order the parts are read. */
    static final Map<String, String> TITLES = Map.of("basics", "The basics", "images", "Reading images",
            "regions", "Body regions", "profession", "Careers");
    static final List<String> ORDER = List.of("basics", "images", "regions", "profession");

    public TopicGroup {
        topics = List.copyOf(topics);
    }

    /** The topics grouped by area, parts in reading order; an area not named here comes last, under its own name. */
    public static List<TopicGroup> of(List<Page> topics) {
        Map<String, List<Page>> byArea = new LinkedHashMap<>();
        ORDER.forEach(area -> byArea.put(area, new ArrayList<>()));
        topics.forEach(t -> byArea.computeIfAbsent(t.area(), a -> new ArrayList<>()).add(t));
        List<TopicGroup> groups = new ArrayList<>();
        byArea.forEach((area, list) -> {
            if (!list.isEmpty()) {
                groups.add(new TopicGroup(area, TITLES.getOrDefault(area, area), list));
            }
        });
        return List.copyOf(groups);
    }

    /** The anchor of the group's heading, e.g. {@code topics-regions}. */
    public String anchor() {
        return "topics-" + area;
    }
}
