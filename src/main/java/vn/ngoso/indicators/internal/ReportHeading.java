package vn.ngoso.indicators.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The administrative frame of the report as an officer files it (Decree 30/2020/NĐ-CP): the
 * issuing body under its parent body, the number and symbol, the place and date, the recipients
 * and the signature block. The officer may change each of these before downloading.
 *
 * @param parentBody the body above the issuer ("UBND TỈNH TÂY NINH"); blank for a province
 * @param number number and symbol after "Số:" ("12/BC-UBND"; "/BC-UBND" leaves the number to write by hand)
 * @param signerAuthority "TM. ỦY BAN NHÂN DÂN" when the signer signs for the committee; may be blank
 */
public record ReportHeading(String parentBody, String issuingBody, String number, String place, LocalDate date,
		List<String> recipients, String signerAuthority, String signerTitle, String signerName) {

	public ReportHeading {
		recipients = List.copyOf(recipients);
	}

	/**
	 * The heading with every text as printed, in the report's language: what the PDF and the XLSX
	 * show, so the two read the same.
	 */
	public record Text(String parentBody, String issuingBody, String numberLine, String nation, String motto,
			String placeAndDate, String title, String subject, String recipientsLabel, List<String> recipients,
			String signerAuthority, String signerTitle, String signerName) {

		public Text {
			recipients = List.copyOf(recipients);
		}
	}
}
