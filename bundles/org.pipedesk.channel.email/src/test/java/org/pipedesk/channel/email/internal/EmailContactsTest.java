package org.pipedesk.channel.email.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** How a sender's display name becomes the first and last name templates use ({{contact.firstname}}). */
class EmailContactsTest {
	@Test
	void displayNamesSplitIntoFirstAndLastName() {
		assertArrayEquals(new String[] { "Ann", "Lee" }, EmailContacts.names("Ann Lee"));
		assertArrayEquals(new String[] { "Ann", "van der Berg" }, EmailContacts.names(" Ann van der Berg "));
		assertArrayEquals(new String[] { "Ann", "Lee" }, EmailContacts.names("Lee, Ann"));
		assertArrayEquals(new String[] { "Ann", null }, EmailContacts.names("Ann"));
		assertArrayEquals(new String[] { null, null }, EmailContacts.names(null));
		assertArrayEquals(new String[] { null, null }, EmailContacts.names("  "));
	}
}
