package org.pipedesk.channel.email.internal;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Inbound HTML as agents may see it: OWASP java-html-sanitizer with formatting, blocks, lists, tables, links and
 * safe inline styles. Scripts, forms, frames, event handlers and remote images (trackers) are removed.
 */
public final class HtmlSanitizer {
	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
			.and(Sanitizers.TABLES).and(Sanitizers.STYLES)
			.and(new HtmlPolicyBuilder().allowElements("br", "hr", "pre", "span", "div").toFactory());

	// compiled once: text() runs for every automatic mail the sender sends
	private static final Pattern SCRIPTS = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>");
	private static final Pattern LINE_ENDS = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</li>|</tr>|</h[1-6]>");
	private static final Pattern TAGS = Pattern.compile("<[^>]*>");
	private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
	private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");

	private HtmlSanitizer() {
	}

	public static String sanitize(String html) {
		return html == null ? null : POLICY.sanitize(html);
	}

	/** Plain text of an HTML body, for mail that has no text part. */
	public static String text(String html) {
		if (html == null) {
			return null;
		}
		String text = TAGS.matcher(LINE_ENDS.matcher(SCRIPTS.matcher(html).replaceAll(" ")).replaceAll("\n"))
				.replaceAll("").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
				.replace("&#39;", "'").replace("&#64;", "@").replace("&amp;", "&");
		return BLANK_LINES.matcher(SPACES.matcher(text).replaceAll(" ")).replaceAll("\n\n").strip();
	}
}
