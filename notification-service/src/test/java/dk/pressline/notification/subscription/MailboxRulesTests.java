package dk.pressline.notification.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which mailbox an address delivers to, as the per-mailbox sign-up limit and suppressions count it, and the keyed
 * hash that stands in for a forgotten or suppressed address.
 */
class MailboxRulesTests {

    @Test
    void caseAndSurroundingSpaceDoNotMakeAnotherMailbox() {
        assertThat(AddressHashes.mailbox("  Lise.Holm@Example.DK ")).isEqualTo("lise.holm@example.dk");
    }

    @Test
    void aPlusTagDeliversToTheSameMailbox() {
        assertThat(AddressHashes.mailbox("lise+nyhedsbrev@example.dk")).isEqualTo("lise@example.dk");
        assertThat(AddressHashes.mailbox("lise+a+b@example.dk")).isEqualTo("lise@example.dk");
    }

    @Test
    void gmailIgnoresDotsAndGooglemailIsGmail() {
        assertThat(AddressHashes.mailbox("A.Nna+x@GoogleMail.com")).isEqualTo("anna@gmail.com");
        assertThat(AddressHashes.mailbox("l.i.s.e@gmail.com")).isEqualTo("lise@gmail.com");
    }

    @Test
    void dotsMakeAnotherMailboxOutsideGmail() {
        assertThat(AddressHashes.mailbox("l.ise@example.dk")).isEqualTo("l.ise@example.dk");
    }

    @Test
    void aLocalPartThatIsOnlyATagIsKeptAsItIs() {
        assertThat(AddressHashes.mailbox("+lise@example.dk")).isEqualTo("+lise@example.dk");
    }

    @Test
    void theHashOfAnAddressIgnoresCaseAndSpaceButDependsOnTheKey() {
        var hashes = new AddressHashes("a-suppression-key-of-at-least-32-chars");

        assertThat(hashes.hash(" Lise@Example.dk"))
                .isEqualTo(hashes.hash("lise@example.dk"))
                .doesNotContain("lise")
                .hasSize(64);
        assertThat(hashes.hash("lise@example.dk")).isNotEqualTo(hashes.hash("lise+x@example.dk"));
        assertThat(new AddressHashes("another-suppression-key-of-32-chars!").hash("lise@example.dk"))
                .isNotEqualTo(hashes.hash("lise@example.dk"));
    }
}
