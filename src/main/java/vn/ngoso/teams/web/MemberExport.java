package vn.ngoso.teams.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.ngoso.platform.Page;
import vn.ngoso.platform.database.MayReadReplica;
import vn.ngoso.teams.Member;
import vn.ngoso.teams.MemberFilter;
import vn.ngoso.teams.Teams;

/** The member list as an Excel file, streamed page by page so a province-wide list stays small in memory. */
@Component
class MemberExport {

	private static final List<String> HEADERS = List.of("export.member.name", "export.member.birthDate",
			"export.member.sex", "export.member.phone", "export.member.role", "export.member.team",
			"export.member.affiliations", "export.member.youth", "export.member.joinedOn", "export.member.leftOn");

	private static final int CHUNK = 1000;

	private final Teams teams;

	private final MessageSource messages;

	MemberExport(Teams teams, MessageSource messages) {
		this.teams = teams;
		this.messages = messages;
	}

	/** Each page in a read-only transaction of its own, on the replica when there is one. */
	@MayReadReplica
	void write(MemberFilter filter, OutputStream out) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		LocalDate today = teams.today();
		try (var workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(text("export.member.sheet", locale));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				header.createCell(i).setCellValue(text(HEADERS.get(i), locale));
				header.getCell(i).setCellStyle(bold);
			}
			int rowIndex = 1;
			Page<Member> page;
			int pageNo = 0;
			do {
				page = teams.members(filter, pageNo++, CHUNK);
				for (Member m : page.items()) {
					Row row = sheet.createRow(rowIndex++);
					row.createCell(0).setCellValue(m.fullName());
					row.createCell(1).setCellValue(m.birthDate());
					row.getCell(1).setCellStyle(date);
					row.createCell(2).setCellValue(text("sex." + m.sex(), locale));
					row.createCell(3).setCellValue(m.phone());
					row.createCell(4).setCellValue(text("teamRole." + m.role(), locale));
					row.createCell(5).setCellValue(m.teamName());
					row.createCell(6).setCellValue(m.affiliations().stream()
						.map(a -> text("affiliation." + a, locale)).collect(Collectors.joining(", ")));
					row.createCell(7).setCellValue(text(m.youthOn(today) ? "common.yes" : "common.no", locale));
					row.createCell(8).setCellValue(m.joinedOn());
					row.getCell(8).setCellStyle(date);
					if (m.leftOn() != null) {
						row.createCell(9).setCellValue(m.leftOn());
						row.getCell(9).setCellStyle(date);
					}
				}
			}
			while (page.hasNext());
			int[] widths = { 28, 12, 8, 13, 12, 30, 40, 10, 12, 12 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			workbook.write(out);
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
