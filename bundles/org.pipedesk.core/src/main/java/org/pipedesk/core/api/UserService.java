package org.pipedesk.core.api;

import java.util.List;

/**
 * Users. Anyone signed in may read them (to pick an owner); only super admins create, change and delete them.
 * The last active super admin can be neither demoted, deactivated nor deleted; a user who owns tickets cannot be
 * deleted (deactivate them, or reassign their tickets first). Every change is written to the security audit log.
 */
public interface UserService {
	/** Users by id, {@code limit} at a time; {@code after} is the cursor of the previous page. */
	Page list(String after, int limit);

	record Page(List<User> results, String after) {
	}

	User get(long userId);

	/** The calling user. */
	User me();

	User create(UserChange user);

	User update(long userId, UserChange change);

	void delete(long userId);
}
