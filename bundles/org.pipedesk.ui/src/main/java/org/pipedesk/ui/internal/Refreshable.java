package org.pipedesk.ui.internal;

/** A view that reloads what it shows from the server (View > Refresh). */
interface Refreshable {
	void refresh();
}
