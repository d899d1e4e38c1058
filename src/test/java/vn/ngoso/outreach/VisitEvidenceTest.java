package vn.ngoso.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static vn.ngoso.support.HouseholdFixtures.today;
import static vn.ngoso.support.HouseholdFixtures.visit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.outreach.internal.EvidenceFiles;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.RowCounts;
import vn.ngoso.support.SafeResponses;

/**
 * A visit's evidence photo: cleaned of its EXIF (GPS included) and scaled down before it is kept
 * as a file outside the rows; refused with a readable message when too big or not an image, with
 * nothing written; seen only by officers in scope, each view audited and never cached.
 */
@IntegrationTest
class VisitEvidenceTest {

	private static final Path DIR = Path.of("target/evidence-test");

	/** Bytes planted in the EXIF block: found in the upload, never in the kept file. */
	private static final String GPS_MARK = "GPS 10.5361N 106.4136E Tuyen Binh";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EvidenceFiles files;

	@Autowired
	PlatformTransactionManager transactions;

	HouseholdFixtures fx;

	UUID household;

	UUID adult;

	@BeforeEach
	void setUp() throws Exception {
		fx = new HouseholdFixtures(mvc, jdbc);
		household = fx.newHouseholdInCaBan();
		adult = fx.addAdult(household);
	}

	@Test
	void aPhotoOnTheVisitFormIsKeptWithoutItsExifAndScaledDown() throws Exception {
		byte[] upload = jpegWithGpsExif(2400, 1200);
		assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("Exif").contains(GPS_MARK);
		UUID visitId = UUID.randomUUID();

		var response = postVisit("xa", visitId, photo("consent.jpg", upload), "CONSENT");

		assertThat(response.getStatus()).as(body(response)).isEqualTo(302);
		var row = jdbc.sql("select id, kind, width, height, bytes, recorded_by from visit_evidence where visit_id = ?")
			.param(visitId).query().singleRow();
		assertThat(row.get("kind")).isEqualTo("CONSENT");
		assertThat(row.get("recorded_by")).isEqualTo("xa");
		assertThat(row.get("width")).isEqualTo(1600);
		assertThat(row.get("height")).isEqualTo(800);
		byte[] kept = Files.readAllBytes(DIR.resolve(row.get("id") + ".jpg"));
		assertThat(kept).hasSize((Integer) row.get("bytes"));
		String keptText = new String(kept, StandardCharsets.ISO_8859_1);
		assertThat(keptText).doesNotContain("Exif").doesNotContain(GPS_MARK);
		assertThat(hasSegment(kept, 0xE1)).as("no APP1 (EXIF/XMP) segment").isFalse();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(kept));
		assertThat(image.getWidth()).isEqualTo(1600);
	}

	@Test
	void aVisitWithoutAPhotoIsRecordedAsBefore() throws Exception {
		UUID visitId = UUID.randomUUID();
		var request = multipart("/households/" + household + "/visits").with(new DemoUsers(users).as("thanhvien"))
			.with(csrf()).param("visitId", visitId.toString()).param("date", today().toString())
			.param("outcome", adult + ":VSSID");
		var response = mvc.perform(request).andReturn().getResponse();

		assertThat(response.getStatus()).as(body(response)).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from visit where id = ?").param(visitId).query(Long.class).single()).isOne();
		assertThat(jdbc.sql("select count(*) from visit_evidence where visit_id = ?").param(visitId).query(Long.class)
			.single()).isZero();
	}

	@Test
	void aPhotoOverTheLimitIsRefusedInVietnameseAndNothingIsWritten() throws Exception {
		byte[] big = new byte[3 * 1024 * 1024 + 10];
		new java.util.Random(18).nextBytes(big);
		assertRefused(photo("big.jpg", big), "Ảnh quá lớn: tối đa 3 MB");
	}

	@Test
	void aFileThatIsNotAnImageIsRefusedAndNothingIsWritten() throws Exception {
		assertRefused(photo("letter.jpg", "không phải ảnh".getBytes(StandardCharsets.UTF_8)),
				"Tệp không phải ảnh JPEG hoặc PNG đọc được.");
	}

	private void assertRefused(MockMultipartFile file, String message) throws Exception {
		var before = RowCounts.of(jdbc);
		long evidence = evidenceRows();
		long filesBefore = fileCount();
		UUID visitId = UUID.randomUUID();

		var response = postVisit("xa", visitId, file, "APP_SCREEN");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(body(response)).contains(message).doesNotContain("Exception");
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		assertThat(evidenceRows()).isEqualTo(evidence);
		assertThat(fileCount()).isEqualTo(filesBefore);
	}

	@Test
	void aMemberAttachesAPhotoButOnlyOfficersInScopeSeeIt() throws Exception {
		UUID visitId = recordVisit();
		var attached = mvc.perform(multipart("/households/" + household + "/visits/" + visitId + "/evidence")
				.file(photo("screen.png", png(300, 600))).param("photoKind", "APP_SCREEN")
				.with(new DemoUsers(users).as("thanhvien")).with(csrf()))
			.andReturn().getResponse();
		assertThat(attached.getStatus()).as(body(attached)).isEqualTo(302);
		UUID photoId = jdbc.sql("select id from visit_evidence where visit_id = ?").param(visitId).query(UUID.class).single();

		String memberPage = body(page("thanhvien", "/households/" + household + "/evidence"));
		assertThat(memberPage).contains("Đã có 1 ảnh").doesNotContain("/evidence/" + photoId);
		for (String user : List.of("thanhvien", "totruong")) {
			assertThat(page(user, "/evidence/" + photoId).getStatus()).as(user).isEqualTo(404);
		}

		assertThat(body(page("xa", "/households/" + household + "/evidence"))).contains("/evidence/" + photoId);
		long audited = views(photoId);
		for (String officer : List.of("xa", "huyen", "tinh", "admin")) {
			var image = page(officer, "/evidence/" + photoId);
			assertThat(image.getStatus()).as(officer).isEqualTo(200);
			assertThat(image.getContentType()).isEqualTo("image/jpeg");
			assertThat(image.getHeader("Cache-Control")).contains("no-store").contains("private");
			assertThat(ImageIO.read(new ByteArrayInputStream(image.getContentAsByteArray())).getHeight()).isEqualTo(600);
		}
		assertThat(views(photoId)).isEqualTo(audited + 4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xa", "totruong", "thanhvien" })
	void photosOutsideTheScopeAreNotFoundAndCannotBeAttached(String user) throws Exception {
		// a household of another commune (for xa) or another hamlet (for the team), with a photo
		String hamlet = user.equals("xa") ? "27757-001" : HouseholdFixtures.AP_2;
		String officer = user.equals("xa") ? "huyen" : "xa";
		UUID outside = UUID.fromString(fx.createHousehold(officer, hamlet, HouseholdFixtures.uniqueCode()).get("id").asString());
		UUID resident = UUID.fromString(fx.addResident(officer, outside, HouseholdFixtures.adult()).get("id").asString());
		UUID visitId = UUID.randomUUID();
		assertThat(fx.postVisit(officer, visit(visitId, outside, today(), List.of(fx.otherActiveMemberOfTeamIn(hamlet)),
				Map.of(resident, List.of("VSSID")))).getStatus()).isEqualTo(201);
		var added = mvc.perform(multipart("/households/" + outside + "/visits/" + visitId + "/evidence")
				.file(photo("c.png", png(40, 40))).param("photoKind", "CONSENT")
				.with(new DemoUsers(users).as(officer)).with(csrf())).andReturn().getResponse();
		assertThat(added.getStatus()).as(body(added)).isEqualTo(302);
		UUID photoId = jdbc.sql("select id from visit_evidence where visit_id = ?").param(visitId).query(UUID.class).single();

		assertThat(page(user, "/evidence/" + photoId).getStatus()).isEqualTo(404);
		assertThat(page(user, "/households/" + outside + "/evidence").getStatus()).isEqualTo(404);
		long before = evidenceRows();
		var refused = mvc.perform(multipart("/households/" + outside + "/visits/" + visitId + "/evidence")
				.file(photo("c.png", png(40, 40))).param("photoKind", "CONSENT")
				.with(new DemoUsers(users).as(user)).with(csrf()))
			.andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(404);
		// nor through a household of the caller's own scope naming the outside visit
		var crossed = mvc.perform(multipart("/households/" + household + "/visits/" + visitId + "/evidence")
				.file(photo("c.png", png(40, 40))).param("photoKind", "CONSENT")
				.with(new DemoUsers(users).as(user)).with(csrf())).andReturn().getResponse();
		assertThat(crossed.getStatus()).isEqualTo(404);
		assertThat(evidenceRows()).isEqualTo(before);
	}

	@Test
	void aPhotoWrittenInATransactionThatRollsBackIsDeleted() {
		UUID id = UUID.randomUUID();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			files.write(id, new byte[] { 1, 2, 3 });
			assertThat(files.exists(id)).isTrue();
			status.setRollbackOnly();
		});
		assertThat(files.exists(id)).isFalse();
	}

	@Test
	void theVisitFormOffersThePhotoAndSaysItNeedsTheNetwork() throws Exception {
		String form = body(page("thanhvien", "/households/" + household + "/visits/new"));
		assertThat(form).contains("enctype=\"multipart/form-data\"").contains("type=\"file\"")
			.contains("capture=\"environment\"").contains("Ảnh chỉ gửi được khi có mạng");
	}

	// --- helpers ---------------------------------------------------------------------------------

	private UUID recordVisit() throws Exception {
		UUID visitId = UUID.randomUUID();
		assertThat(fx.postVisit("thanhvien", visit(visitId, household, today(), List.of(),
				Map.of(adult, List.of("VSSID")))).getStatus()).isEqualTo(201);
		return visitId;
	}

	private MockHttpServletResponse postVisit(String user, UUID visitId, MockMultipartFile file, String kind)
			throws Exception {
		var request = multipart("/households/" + household + "/visits").file(file)
			.with(new DemoUsers(users).as(user)).with(csrf())
			.param("visitId", visitId.toString()).param("date", today().toString())
			.param("memberIds", String.valueOf(fx.memberIdOf("thanhvien")))
			.param("outcome", adult + ":VSSID").param("photoKind", kind);
		return mvc.perform(request).andExpect(SafeResponses.noStackTrace()).andReturn().getResponse();
	}

	private MockHttpServletResponse page(String user, String path) throws Exception {
		return mvc.perform(get(path).with(new DemoUsers(users).as(user))).andReturn().getResponse();
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static MockMultipartFile photo(String name, byte[] content) {
		return new MockMultipartFile("photo", name, "image/jpeg", content);
	}

	private long evidenceRows() {
		return jdbc.sql("select count(*) from visit_evidence").query(Long.class).single();
	}

	private long views(UUID photoId) {
		return jdbc.sql("select count(*) from audit_log where entity_type = 'VISIT_EVIDENCE' and entity_id = ? and action = 'READ_PHOTO'")
			.param(photoId.toString()).query(Long.class).single();
	}

	private static long fileCount() throws Exception {
		if (!Files.isDirectory(DIR)) {
			return 0;
		}
		try (var list = Files.list(DIR)) {
			return list.count();
		}
	}

	private static byte[] png(int w, int h) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB), "png", out);
		return out.toByteArray();
	}

	/**
	 * A JPEG as a phone makes it: an APP1 EXIF block (big-endian TIFF) right after the JFIF header,
	 * whose IFD0 points to a GPS IFD holding a latitude reference, and the planted text after it.
	 */
	static byte[] jpegWithGpsExif(int w, int h) throws Exception {
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(java.awt.Color.ORANGE);
		g.fillRect(0, 0, w / 2, h);
		g.dispose();
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", plain);
		byte[] jpeg = plain.toByteArray();

		ByteArrayOutputStream tiff = new ByteArrayOutputStream();
		var t = new java.io.DataOutputStream(tiff);
		t.writeBytes("MM");
		t.writeShort(42);
		t.writeInt(8); // IFD0 at 8
		t.writeShort(1); // one entry: the GPS IFD's offset
		t.writeShort(0x8825);
		t.writeShort(4); // LONG
		t.writeInt(1);
		t.writeInt(26); // GPS IFD at 8 + 2 + 12 + 4
		t.writeInt(0); // no next IFD
		t.writeShort(1); // GPS IFD: GPSLatitudeRef = "N"
		t.writeShort(0x0001);
		t.writeShort(2); // ASCII
		t.writeInt(2);
		t.writeBytes("N\0\0\0");
		t.writeInt(0);
		t.writeBytes(GPS_MARK);
		byte[] exif = tiff.toByteArray();

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int app0End = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF)); // SOI, then APP0 (JFIF)
		out.write(jpeg, 0, app0End);
		int length = 2 + 6 + exif.length;
		out.write(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length });
		out.write("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
		out.write(exif);
		out.write(jpeg, app0End, jpeg.length - app0End);
		return out.toByteArray();
	}

	/** Whether the JPEG's header (before the image data) has a segment with this marker. */
	private static boolean hasSegment(byte[] jpeg, int marker) {
		int i = 2;
		while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
			int m = jpeg[i + 1] & 0xFF;
			if (m == marker) {
				return true;
			}
			if (m == 0xDA) {
				return false;
			}
			i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
		}
		return false;
	}
}
