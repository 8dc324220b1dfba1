package org.mskguide.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BaseUrlCheckTest {

    @Test
    void warnsOnlyWhenTheDefaultAddressMeetsAnotherPort() {
        assertThat(BaseUrlCheck.warning("http://localhost:8080", 8106)).contains("8106").contains("GUIDE_SITE_BASE_URL");
        assertThat(BaseUrlCheck.warning("http://localhost:8080", 8080)).isNull();
        assertThat(BaseUrlCheck.warning("https://guide.example.org", 8106)).isNull();
        assertThat(BaseUrlCheck.warning("http://localhost:8106", 8106)).isNull();
    }
}
