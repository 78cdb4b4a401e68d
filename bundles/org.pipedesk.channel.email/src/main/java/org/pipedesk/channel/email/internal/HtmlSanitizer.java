package org.pipedesk.channel.email.internal;

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
		String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
				.replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>|</tr>|</h[1-6]>", "\n").replaceAll("<[^>]*>", "")
				.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
				.replace("&#39;", "'").replace("&#64;", "@").replace("&amp;", "&");
		return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n+", "\n\n").strip();
	}
}
