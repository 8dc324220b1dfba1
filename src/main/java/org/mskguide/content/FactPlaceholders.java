package org.mskguide.content;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code {{rmsks.studiesRequired}}} with the value from {@code content/credentials/rmsks.yml}.
 * Used on topic pages and on any other content text (quiz questions...), so a number is typed only once.
 * A few placeholders are text computed from the values, such as {@code {{rmsks.examWindowExample}}}
 * (see {@link FiveYearRule}).
 * Usage: {@code FactPlaceholders.insert("quiz/rmsks.yml", text, Map.of("rmsks", facts))}.
 */
public final class FactPlaceholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_-]+)\\.([A-Za-z0-9_]+)\\s*}}");

    private FactPlaceholders() {
    }

    /** @throws ContentException naming {@code file}, the line and the unknown key */
    public static String insert(String file, String text, Map<String, CredentialFacts> credentials) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            CredentialFacts facts = credentials.get(m.group(1));
            Fact fact = facts == null ? null : facts.facts().get(m.group(2));
            if (fact == null) {
                var derived = FiveYearRule.text(m.group(1), m.group(2), credentials);
                if (derived.isPresent()) {
                    m.appendReplacement(out, Matcher.quoteReplacement(derived.get()));
                    continue;
                }
                int line = (int) text.substring(0, m.start()).lines().count();
                throw new ContentException(file, "line " + Math.max(line, 1) + ": unknown fact '" + m.group(1) + "."
                        + m.group(2) + "' (known: " + known(credentials) + ")");
            }
            m.appendReplacement(out, Integer.toString(fact.value()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String known(Map<String, CredentialFacts> credentials) {
        return credentials.entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.concat(e.getValue().facts().keySet().stream(),
                        e.getKey().equals("rmsks") ? FiveYearRule.keys().stream() : java.util.stream.Stream.empty())
                        .sorted().map(k -> e.getKey() + "." + k))
                .reduce((a, b) -> a + ", " + b).orElse("none");
    }
}
