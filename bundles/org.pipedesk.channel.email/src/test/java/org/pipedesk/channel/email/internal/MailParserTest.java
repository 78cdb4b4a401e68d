package org.pipedesk.channel.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The parser on real-world mail (test resources {@code corpus/}, from the Ruby mail library, MIT) and edge cases. */
class MailParserTest {

	static Stream<String> corpus() throws IOException {
		Path root = Paths.get("src/test/resources/corpus");
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(p -> p.toString().endsWith(".eml")).map(p -> root.relativize(p).toString()).sorted()
					.toList().stream();
		}
	}

	static byte[] raw(String name) throws IOException {
		try (InputStream in = MailParserTest.class.getResourceAsStream("/corpus/" + name)) {
			assertNotNull(in, name);
			return in.readAllBytes();
		}
	}

	static ParsedMail parsed(String name) throws IOException {
		return assertInstanceOf(ParseOutcome.Parsed.class, MailParser.parse(raw(name), MailLimits.DEFAULT), name)
				.mail();
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void everyCorpusMessageParsesOrIsQuarantinedWithAReason(String name) throws IOException {
		ParseOutcome outcome = MailParser.parse(raw(name), MailLimits.DEFAULT);
		assertNotNull(outcome.messageId());
		assertTrue(outcome.messageId().startsWith("<") && outcome.messageId().endsWith(">"), outcome.messageId());
		switch (outcome) {
		case ParseOutcome.Parsed p -> {
			assertTrue(p.mail().fromAddress().contains("@"), name);
			assertNotNull(p.mail().subject(), name);
			assertNotNull(p.mail().text(), name);
			if (p.mail().html() != null) {
				assertFalse(p.mail().html().toLowerCase().contains("<script"), name);
			}
		}
		case ParseOutcome.Quarantined q -> assertFalse(q.reason().isBlank(), name);
		}
	}

	@Test
	void mostOfTheCorpusBecomesReadableMail() throws IOException {
		List<String> names = corpus().toList();
		List<String> quarantined = new java.util.ArrayList<>();
		for (String n : names) {
			if (MailParser.parse(raw(n), MailLimits.DEFAULT) instanceof ParseOutcome.Quarantined q) {
				quarantined.add(n + ": " + q.reason());
			}
		}
		// only messages without any sender address may be quarantined
		assertTrue(quarantined.stream().allMatch(q -> q.contains("sender")), quarantined.toString());
		assertTrue(quarantined.size() <= 3, quarantined.toString());
	}

	@Test
	void plainMessageHasSenderSubjectTextAndIds() throws IOException {
		ParsedMail mail = parsed("plain_emails/basic_email.eml");
		assertTrue(mail.fromAddress().contains("@"));
		assertFalse(mail.subject().isBlank());
		assertFalse(mail.text().isBlank());
		assertNull(mail.automatic());
	}

	@Test
	void attachmentsAreKeptWithTheirNames() throws IOException {
		ParsedMail mail = parsed("attachment_emails/attachment_with_base64_encoded_name.eml");
		assertFalse(mail.attachments().isEmpty());
		assertTrue(mail.attachments().get(0).content().length > 0);
		assertFalse(mail.attachments().get(0).fileName().startsWith("attachment-"), mail.attachments().toString());
	}

	@Test
	void japaneseSubjectIsDecoded() throws IOException {
		ParsedMail mail = parsed("multi_charset/japanese_iso_2022.eml");
		assertTrue(mail.subject().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), mail.subject());
	}

	@Test
	void koreanCharsetAliasIsRead() throws IOException {
		ParsedMail mail = parsed("multi_charset/ks_c_5601-1987.eml");
		assertTrue(mail.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL),
				mail.text());
	}

	@Test
	void bouncesAreMarkedAsMachineWritten() throws IOException {
		for (String name : List.of("multipart_report_emails/report_422.eml", "multipart_report_emails/report_530.eml")) {
			assertNotNull(parsed(name).automatic(), name);
		}
	}

	@Test
	void autoSubmittedAndPrecedenceMarkMachineMail() {
		assertEquals("Auto-Submitted: auto-replied",
				parse("Auto-Submitted: auto-replied\r\n").automatic());
		assertEquals("Precedence: bulk", parse("Precedence: bulk\r\n").automatic());
		assertNull(parse("Auto-Submitted: no\r\n").automatic());
	}

	@Test
	void htmlIsSanitizedAndGivesTextWhenThereIsNoTextPart() {
		ParsedMail mail = parse("Content-Type: text/html; charset=utf-8\r\n",
				"<p onclick=\"x()\">Hello <b>there</b><script>alert(1)</script><img src=\"http://t/x.gif\"></p>");
		assertFalse(mail.html().contains("script"), mail.html());
		assertFalse(mail.html().contains("onclick"), mail.html());
		assertFalse(mail.html().contains("img"), mail.html());
		assertTrue(mail.html().contains("<b>there</b>"), mail.html());
		assertEquals("Hello there", mail.text());
	}

	@Test
	void unknownCharsetIsReadAsUtf8WithAProblemNoted() {
		ParsedMail mail = parse("Content-Type: text/plain; charset=x-no-such-charset\r\n", "caf\u00e9");
		assertEquals("caf\u00e9", mail.text());
		assertTrue(mail.problems().stream().anyMatch(p -> p.contains("x-no-such-charset")), mail.problems().toString());
	}

	@Test
	void missingMessageIdIsDerivedFromTheContentSoDuplicatesMatch() {
		String raw = "From: a@example.com\r\nSubject: x\r\n\r\nbody\r\n";
		ParseOutcome a = MailParser.parse(raw.getBytes(StandardCharsets.UTF_8), MailLimits.DEFAULT);
		ParseOutcome b = MailParser.parse(raw.getBytes(StandardCharsets.UTF_8), MailLimits.DEFAULT);
		assertEquals(a.messageId(), b.messageId());
		assertTrue(a.messageId().endsWith("@derived.pipedesk.invalid>"));
	}

	@Test
	void noSenderIsQuarantined() {
		ParseOutcome outcome = MailParser.parse("Subject: who?\r\n\r\nbody\r\n".getBytes(StandardCharsets.UTF_8),
				MailLimits.DEFAULT);
		assertTrue(assertInstanceOf(ParseOutcome.Quarantined.class, outcome).reason().contains("sender"));
	}

	@Test
	void oversizedMessageIsQuarantinedAndTooManyOrLargeAttachmentsAreSkipped() {
		StringBuilder raw = new StringBuilder("From: a@example.com\r\nMessage-ID: <m@x>\r\nSubject: files\r\n"
				+ "Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nsee\r\n");
		for (int i = 0; i < 4; i++) {
			raw.append("--B\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"f")
					.append(i).append(".bin\"\r\n\r\n").append("x".repeat(i == 0 ? 200 : 10)).append("\r\n");
		}
		raw.append("--B--\r\n");
		byte[] bytes = raw.toString().getBytes(StandardCharsets.US_ASCII);
		ParsedMail mail = assertInstanceOf(ParseOutcome.Parsed.class,
				MailParser.parse(bytes, new MailLimits(100_000, 100, 2, 20))).mail();
		assertEquals(List.of("f1.bin", "f2.bin"), mail.attachments().stream().map(a -> a.fileName()).toList());
		assertEquals(2, mail.problems().stream().filter(p -> p.contains("skipped")).count(), mail.problems().toString());
		assertInstanceOf(ParseOutcome.Quarantined.class, MailParser.parse(bytes, new MailLimits(100, 100, 2, 20)));
	}

	@Test
	void threadingHeadersAreRead() {
		ParsedMail mail = parse("In-Reply-To: <a@x>\r\nReferences: <z@x>  <a@x> bogus\r\n");
		assertEquals("<a@x>", mail.inReplyTo());
		assertEquals(List.of("<z@x>", "<a@x>"), mail.references());
	}

	private static ParsedMail parse(String headers) {
		return parse(headers, "hello");
	}

	private static ParsedMail parse(String headers, String body) {
		String raw = "From: Ann <Ann@Example.com>\r\nMessage-ID: <1@example.com>\r\nSubject: s\r\n" + headers + "\r\n"
				+ body + "\r\n";
		ParsedMail mail = assertInstanceOf(ParseOutcome.Parsed.class,
				MailParser.parse(raw.getBytes(StandardCharsets.UTF_8), MailLimits.DEFAULT)).mail();
		assertEquals("ann@example.com", mail.fromAddress());
		assertEquals("Ann", mail.fromName());
		return mail;
	}
}
