/**
 * The desktop client's API for bundles that contribute views and menu entries (through E4 model fragments):
 * the {@link org.pipedesk.ui.Session} (the connected server, from the workbench context) and
 * {@link org.pipedesk.ui.Background} (server calls off the UI thread).
 */
package org.pipedesk.ui;
