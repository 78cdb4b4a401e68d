package org.pipedesk.automation.builtin.internal;

import java.util.Iterator;
import java.util.Map;

/** A small JSON writer for webhook bodies (maps, strings, numbers, booleans, null), so this bundle needs no library. */
final class Json {
	private Json() {
	}

	static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(out, value);
		return out.toString();
	}

	private static void write(StringBuilder out, Object value) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof Map<?, ?> map) {
			out.append('{');
			Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
			while (entries.hasNext()) {
				Map.Entry<?, ?> entry = entries.next();
				string(out, String.valueOf(entry.getKey()));
				out.append(':');
				write(out, entry.getValue());
				if (entries.hasNext()) {
					out.append(',');
				}
			}
			out.append('}');
		} else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		} else {
			string(out, value.toString());
		}
	}

	private static void string(StringBuilder out, String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
