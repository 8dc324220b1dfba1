package org.mskguide.content;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The YAML block at the top of a page (between {@code ---} lines). Unknown fields are rejected so a
 * typo such as {@code lastReviwed} fails the build instead of silently dropping a date.
 *
 * @param slug    optional; defaults to the file name. The page's URL is {@code /topics/{slug}}
 * @param aliases former slugs that now redirect here, so renaming a page never breaks a link
 * @param area    the topic's part of the guide (basics, images, regions, profession): the mixed quiz draws evenly from each
 * @param sources ids from the source registry ({@code content/sources.yml}), in the order the page lists them
 */
record FrontMatter(
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "slug must be lowercase words joined by hyphens") String slug,
        @NotBlank(message = "title is required") String title,
        @NotBlank(message = "description is required")
        @Size(max = 160, message = "description must be at most 160 characters (search results cut it)") String description,
        @NotNull(message = "order is required") @PositiveOrZero Integer order,
        @NotNull(message = "lastReviewed is required (YYYY-MM-DD)") LocalDate lastReviewed,
        @NotNull(message = "nextReviewDue is required (YYYY-MM-DD)") LocalDate nextReviewDue,
        Boolean credential,
        List<@NotBlank String> takeaways,
        List<@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "a source is an id from content/sources.yml") String> sources,
        List<@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String> aliases,
        @Pattern(regexp = "basics|images|regions|profession", message = "area must be basics, images, regions or profession") String area) {
}
