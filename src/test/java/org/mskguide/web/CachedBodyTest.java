package org.mskguide.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CachedBodyTest {

    private final CachedBody body = CachedBody.of("<p>hello</p>", CachedBody.HTML, CachedBody.REVALIDATE);

    @Test
    void ifNoneMatchUsesWeakComparisonAndLists() {
        assertThat(body.matches(body.etag())).isTrue();
        assertThat(body.matches("W/" + body.etag())).isTrue();
        assertThat(body.matches("\"other\", " + body.etag())).isTrue();
        assertThat(body.matches("*")).isTrue();
        assertThat(body.matches("\"other\"")).isFalse();
        assertThat(body.matches(null)).isFalse();
    }

    @Test
    void gzipOnlyWhenAcceptedWithNonZeroQuality() {
        assertThat(CachedBody.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(CachedBody.acceptsGzip("br;q=1.0, gzip;q=0.5")).isTrue();
        assertThat(CachedBody.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(CachedBody.acceptsGzip("identity")).isFalse();
        assertThat(CachedBody.acceptsGzip(null)).isFalse();
        assertThat(CachedBody.acceptsGzip("gzip")).isTrue();
        assertThat(CachedBody.acceptsGzip("GZIP, br")).isTrue();
        assertThat(CachedBody.acceptsGzip("deflate, x-gzip;q=0")).isFalse();
        assertThat(CachedBody.acceptsGzip("gzip ;q=0.0")).isFalse();
    }

    @Test
    void etagChangesWithContent() {
        assertThat(CachedBody.of("<p>other</p>", CachedBody.HTML, CachedBody.REVALIDATE).etag())
                .isNotEqualTo(body.etag());
        assertThat(body.gzip().length).isPositive();
    }
}
