package dk.pressline.portal.booking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** sponsor-service's reasons in Danish where the wording is known, and as given where it is not. */
class DanishReasonsTests {

    @Test
    void translatesTheReasonsItKnows() {
        assertThat(DanishReasons.of("must not be blank")).isEqualTo("Skal udfyldes.");
        assertThat(DanishReasons.of("size must be between 0 and 120")).isEqualTo("Må højst være 120 tegn.");
        assertThat(DanishReasons.of("must be at most 365 days ahead, on 2027-12-07 or before"))
                .isEqualTo("Må højst ligge 365 dage frem, senest 2027-12-07.");
        assertThat(DanishReasons.of("spans at most 366 days")).isEqualTo("Højst 366 dage.");
    }

    @Test
    void showsAReasonItDoesNotKnowAsTheServiceGaveIt() {
        assertThat(DanishReasons.of("must be 8 digits")).isEqualTo("must be 8 digits");
        assertThat(DanishReasons.of(null)).isEqualTo("Feltet kunne ikke bruges.");
    }
}
