package dk.pressline.sponsor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the CSV report does to text a spreadsheet would misread. */
class ReportCsvTests {

    @Test
    void aTitleASpreadsheetWouldRunAsAFormulaStaysText() {
        assertThat(ReportController.spreadsheetSafe("=HYPERLINK(\"https://evil.example\")"))
                .isEqualTo("'=HYPERLINK(\"https://evil.example\")");
        assertThat(ReportController.spreadsheetSafe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ReportController.spreadsheetSafe("Vind med vedvarende energi"))
                .isEqualTo("Vind med vedvarende energi");
        assertThat(ReportController.spreadsheetSafe("")).isEmpty();
    }
}
