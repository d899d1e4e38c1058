package vn.ngoso.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PostgreSQL's binary COPY format, field by field, as its documentation lays it out. */
class CopyBinaryTest {

	@Test
	void rowsAreWrittenAsTheDocumentedFormat() throws Exception {
		UUID id = UUID.randomUUID();
		ByteArrayOutputStream written = new ByteArrayOutputStream();
		CopyBinary copy = new CopyBinary(written);
		copy.row(9).uuid(id).integer(7).text("Nguyễn Văn 𠀀 A").text(null).bigint(12L).smallint(1970)
			.date(LocalDate.of(2000, 1, 2)).bytes(new byte[] { 1, 2 }).textArray(List.of("NAME:x", "CCCD:y"));
		copy.row(1).textArray(List.of());
		copy.finish();

		ByteArrayOutputStream expected = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(expected);
		out.write("PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1));
		out.writeInt(0);
		out.writeInt(0);
		out.writeShort(9);
		out.writeInt(16);
		out.writeLong(id.getMostSignificantBits());
		out.writeLong(id.getLeastSignificantBits());
		out.writeInt(4);
		out.writeInt(7);
		byte[] name = "Nguyễn Văn 𠀀 A".getBytes(StandardCharsets.UTF_8);
		out.writeInt(name.length);
		out.write(name);
		out.writeInt(-1);
		out.writeInt(8);
		out.writeLong(12);
		out.writeInt(2);
		out.writeShort(1970);
		out.writeInt(4);
		out.writeInt(1);
		out.writeInt(2);
		out.write(new byte[] { 1, 2 });
		out.writeInt(20 + 4 + 6 + 4 + 6);
		out.writeInt(1);
		out.writeInt(0);
		out.writeInt(25);
		out.writeInt(2);
		out.writeInt(1);
		out.writeInt(6);
		out.write("NAME:x".getBytes(StandardCharsets.UTF_8));
		out.writeInt(6);
		out.write("CCCD:y".getBytes(StandardCharsets.UTF_8));
		out.writeShort(1);
		out.writeInt(-1);
		out.writeShort(-1);
		assertThat(written.toByteArray()).isEqualTo(expected.toByteArray());
	}

	@Test
	void textIsEncodedAsStringGetBytesEncodesIt() throws Exception {
		Random random = new Random(3);
		char[] alphabet = "aZ09 ễĐđ\u0301\u4e2d\uD840\uDC00\uD840\uDC00\uDC00\uD800€".toCharArray();
		for (int i = 0; i < 100_000; i++) {
			char[] chars = new char[random.nextInt(12)];
			for (int j = 0; j < chars.length; j++) {
				chars[j] = alphabet[random.nextInt(alphabet.length)];
			}
			String text = new String(chars);
			ByteArrayOutputStream written = new ByteArrayOutputStream();
			CopyBinary copy = new CopyBinary(written);
			copy.row(1).text(text);
			copy.finish();
			byte[] all = written.toByteArray();
			byte[] expected = text.getBytes(StandardCharsets.UTF_8);
			// header 19, field count 2, length 4, then the text, then the trailer 2
			assertThat(java.util.Arrays.copyOfRange(all, 25, all.length - 2)).as(text).isEqualTo(expected);
		}
	}
}
