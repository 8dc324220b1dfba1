package org.mskguide.search;

import java.util.List;

/**
 * One page of results for a query.
 *
 * @param total      how many documents matched in all
 * @param page       the page shown, from 1 (moved into range when the address asked for one past the end)
 * @param pageCount  the number of pages, 0 when nothing matched
 * @param hits       the results on this page, best first
 * @param suggestion a spelling of the query the index knows, when a word was not: with no results, "did you mean";
 *                   with results (found by typo matching), "showing results for"; else null
 */
public record SearchResults(int total, int page, int pageCount, List<SearchHit> hits, String suggestion) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public static SearchResults none(String suggestion) {
        return new SearchResults(0, 1, 0, List.of(), suggestion);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }

    /** Position of the first hit on this page, from 1 ("Results 11 to 20 of 34"). */
    public int first() {
        return total == 0 ? 0 : (page - 1) * SearchIndex.PAGE_SIZE + 1;
    }

    public int last() {
        return first() + hits.size() - 1;
    }

    /** The address of the suggested spelling's results. */
    public String suggestionHref() {
        return suggestion == null ? null : SearchQuery.link(suggestion);
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }
}
