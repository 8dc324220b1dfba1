package org.mskguide.protocol;

import java.util.List;
import java.util.Optional;

/** Every joint protocol, in the order of the body from shoulder to foot. Immutable; loaded once at start-up. */
public record Protocols(List<Protocol> all) {

    public Protocols {
        all = List.copyOf(all);
    }

    /** The protocol at {@code /protocols/{joint}}, e.g. {@code find("knee")}. */
    public Optional<Protocol> find(String joint) {
        return all.stream().filter(p -> p.joint().equals(joint)).findFirst();
    }

    /** The protocol whose region topic is this page, e.g. {@code forTopic("knee-ultrasound")}. */
    public Optional<Protocol> forTopic(String topicSlug) {
        return all.stream().filter(p -> p.topic().slug().equals(topicSlug)).findFirst();
    }
}
