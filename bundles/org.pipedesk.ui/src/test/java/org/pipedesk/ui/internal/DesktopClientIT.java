package org.pipedesk.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pipedesk.client.Pipeline;
import org.pipedesk.client.PipedeskClient;
import org.pipedesk.client.PipedeskException;
import org.pipedesk.client.Stage;
import org.pipedesk.client.StatusProperty;
import org.pipedesk.client.Ticket;
import org.pipedesk.ui.Session;

/**
 * The desktop client's views as a user drives them: real SWT widgets (under Xvfb on CI) against the real server
 * running in the same OSGi runtime. Each screen is saved as target/screenshots/*.png.
 */
class DesktopClientIT {
	private final Ui ui = new Ui();
	private final PipedeskClient client = TestServer.client();
	private final Session session = new Session();
	private Shell shell;

	DesktopClientIT() {
		session.connect(client);
	}

	@AfterEach
	void closeShell() {
		if (shell != null && !shell.isDisposed()) {
			shell.dispose();
		}
	}

	private Pipeline pipelineWithRequiredCategoryInSolved(String name) {
		Pipeline pipeline = client.createPipeline(name + " " + UUID.randomUUID().toString().substring(0, 8),
				List.of(new PipedeskClient.NewStage("New", "OPEN"), new PipedeskClient.NewStage("Waiting", "OPEN"),
						new PipedeskClient.NewStage("Solved", "CLOSED")));
		client.setStatusProperties(pipeline.id(), solved(pipeline).id(),
				List.of(new StatusProperty("hs_ticket_category", true), new StatusProperty("content", false)));
		client.setCardProperties(pipeline.id(), List.of("hs_ticket_priority"));
		return pipeline;
	}

	private static Stage solved(Pipeline pipeline) {
		return pipeline.stages().get(2);
	}

	private Ticket ticket(Pipeline pipeline, String subject) {
		return client.createTicket(Map.of("hs_pipeline", pipeline.id(), "hs_pipeline_stage", pipeline.stages().get(0).id(),
				"subject", subject, "hs_ticket_priority", "HIGH"));
	}

	@Test
	void draggingACardToAStatusWithRequiredPropertiesAsksForThemFirst() {
		Pipeline pipeline = pipelineWithRequiredCategoryInSolved("Board UI");
		Ticket printer = ticket(pipeline, "Printer on fire");
		Ticket coffee = ticket(pipeline, "Coffee machine empty");
		String solvedId = solved(pipeline).id();

		shell = ui.shell("Pipedesk - Board");
		BoardView view = new BoardView(shell, session);
		ui.open(shell);
		ui.until("pipelines loaded", () -> view.strip().idle() && !view.pipelines().pipelines().isEmpty());
		view.showPipeline(pipeline.id());
		ui.until("the board of " + pipeline.label(),
				() -> view.strip().idle() && view.board() != null && view.board().pipelineId().equals(pipeline.id()));
		assertEquals("Solved (0)", Ui.find(shell, "board.column.header." + solvedId, Label.class).getText());
		assertEquals("New (2)", Ui.find(shell, "board.column.header." + pipeline.stages().get(0).id(), Label.class).getText());
		String card = Ui.find(shell, "board.card." + printer.id(), Label.class).getText();
		assertTrue(card.contains("Printer on fire") && card.contains("Priority: High"), card);

		// Drop on Solved: the dialog asks for Category (required, marked) and Ticket description, in that order.
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean answered = ui.whenShellOpens("Move to Solved", failure, dialog -> {
			assertEquals("Category *", Ui.find(dialog, "statusProperty.label.hs_ticket_category", Label.class).getText());
			assertEquals("Ticket description", Ui.find(dialog, "statusProperty.label.content", Label.class).getText());
			Button ok = Ui.find(dialog, "statusProperties.ok", Button.class);
			assertFalse(ok.isEnabled(), "cannot finish without the required category");
			ui.screenshot(dialog, "board-status-properties-dialog");
			Ui.select(Ui.find(dialog, "statusProperty.hs_ticket_category", Combo.class), "Billing issue");
			assertTrue(ok.isEnabled());
			Ui.click(ok);
		});
		view.dropTicket(printer.id(), solvedId);
		ui.until("the move", () -> failure.get() != null || answered.get() && view.strip().idle()
				&& view.board().columns().get(2).total() == 1);
		Ui.check(failure);
		assertEquals("Solved (1)", Ui.find(shell, "board.column.header." + solvedId, Label.class).getText());
		Ticket moved = client.ticket(printer.id());
		assertEquals(solvedId, moved.stageId());
		assertEquals("BILLING_ISSUE", moved.property("hs_ticket_category"));
		ui.screenshot(shell, "board");

		// Cancelling the dialog leaves the ticket where it was.
		AtomicBoolean cancelled = ui.whenShellOpens("Move to Solved", failure,
				dialog -> Ui.click(Ui.find(dialog, "statusProperties.cancel", Button.class)));
		view.dropTicket(coffee.id(), solvedId);
		ui.until("the cancelled move", () -> failure.get() != null || cancelled.get() && view.strip().idle());
		Ui.check(failure);
		assertEquals("Move cancelled", view.strip().message());
		assertEquals(pipeline.stages().get(0).id(), client.ticket(coffee.id()).stageId());

		// A status without properties takes the card at once.
		String waiting = pipeline.stages().get(1).id();
		view.dropTicket(coffee.id(), waiting);
		ui.until("the move to Waiting", () -> view.strip().idle() && view.board().columns().get(1).total() == 1);
		assertEquals(waiting, client.ticket(coffee.id()).stageId());
	}

	@Test
	void theTicketListFiltersSortsAndMovesSelectedTicketsTogether() {
		Pipeline pipeline = pipelineWithRequiredCategoryInSolved("List UI");
		Ticket b = ticket(pipeline, "B: VPN down");
		Ticket a = ticket(pipeline, "A: printer jam");
		Ticket c = ticket(pipeline, "C: new laptop");

		shell = ui.shell("Pipedesk - Tickets");
		TicketListView view = new TicketListView(shell, session);
		ui.open(shell);
		ui.until("pipelines loaded", () -> view.strip().idle() && view.table() != null);
		view.showPipeline(pipeline.id());
		ui.until("three tickets", () -> view.strip().idle() && view.table().getItemCount() == 3);
		view.sort("subject", false);
		ui.until("sorted by subject", () -> view.strip().idle() && view.tickets().size() == 3
				&& view.tickets().get(0).id().equals(a.id()));
		assertEquals(List.of("A: printer jam", "B: VPN down", "C: new laptop"),
				List.of(view.table().getItem(0).getText(1), view.table().getItem(1).getText(1), view.table().getItem(2).getText(1)));

		Text query = Ui.find(shell, "tickets.query", Text.class);
		query.setText("laptop");
		Ui.click(Ui.find(shell, "tickets.search", Button.class));
		ui.until("filtered by words", () -> view.strip().idle() && view.table().getItemCount() == 1);
		assertEquals(c.id(), view.tickets().get(0).id());
		query.setText("");
		Ui.click(Ui.find(shell, "tickets.search", Button.class));
		ui.until("all again", () -> view.strip().idle() && view.table().getItemCount() == 3);

		Table table = view.table();
		table.selectAll();
		table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		Button apply = Ui.find(shell, "tickets.bulk.apply", Button.class);
		assertFalse(apply.isEnabled(), "no target status chosen yet");
		Ui.select(Ui.find(shell, "tickets.bulk.target", Combo.class), "Solved");
		assertTrue(apply.isEnabled());
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean answered = ui.whenShellOpens("Move to Solved", failure, dialog -> {
			Button ok = Ui.find(dialog, "statusProperties.ok", Button.class);
			assertFalse(ok.isEnabled());
			Ui.select(Ui.find(dialog, "statusProperty.hs_ticket_category", Combo.class), "Product issue");
			Ui.click(ok);
		});
		Ui.click(apply);
		ui.until("the bulk change", () -> failure.get() != null || answered.get() && view.strip().idle() && view.strip().message().contains("moved"));
		Ui.check(failure);
		assertEquals("3 moved to Solved", view.strip().message());
		for (Ticket ticket : List.of(a, b, c)) {
			Ticket now = client.ticket(ticket.id());
			assertEquals(solved(pipeline).id(), now.stageId());
			assertEquals("PRODUCT_ISSUE", now.property("hs_ticket_category"));
		}
		assertEquals("Solved", table.getItem(0).getText(2));
		ui.screenshot(shell, "tickets");
	}

	@Test
	void pipelineSettingsSaveStatusChangesAndShowTheServersValidationMessages() {
		Pipeline pipeline = pipelineWithRequiredCategoryInSolved("Settings UI");
		ticket(pipeline, "Keeps the pipeline");

		shell = ui.shell("Pipedesk - Pipelines");
		PipelineSettingsView view = new PipelineSettingsView(shell, session);
		ui.open(shell);
		ui.until("pipelines loaded", () -> view.strip().idle() && !view.pipelines().pipelines().isEmpty());
		view.reload(pipeline.id());
		ui.until("the statuses of " + pipeline.label(), () -> view.strip().idle()
				&& pipeline.id().equals(view.pipelines().selectedId()) && view.rows().size() == 3);

		assertFalse(Ui.has(shell, "settings.status.id.0"), "internal names only on demand");
		Button internal = Ui.find(shell, "settings.internalNames", Button.class);
		internal.setSelection(true);
		Ui.click(internal);
		assertEquals("id " + pipeline.stages().get(0).id(), Ui.find(shell, "settings.status.id.0", Label.class).getText());

		Ui.find(shell, "settings.status.label.0", Text.class).setText("Triage");
		Ui.select(Ui.find(shell, "settings.status.state.1", Combo.class), "Closed");
		Ui.click(Ui.find(shell, "settings.addStatus", Button.class));
		Ui.find(shell, "settings.status.label.3", Text.class).setText("Escalated");
		Ui.click(Ui.find(shell, "settings.status.up.3", Button.class));
		Ui.click(Ui.find(shell, "settings.save", Button.class));
		ui.until("saved", () -> view.strip().idle() && view.strip().message().startsWith("Saved"));
		Pipeline saved = client.pipeline(pipeline.id());
		assertEquals(List.of("Triage", "Waiting", "Escalated", "Solved"), saved.stages().stream().map(Stage::label).toList());
		assertTrue(saved.stages().get(1).closed());
		assertFalse(saved.stages().get(2).closed());
		ui.until("reloaded", () -> view.strip().idle() && view.rows().size() == 4);
		ui.screenshot(shell, "pipeline-settings");

		// Edit properties of Solved: Ticket description first and required too.
		AtomicReference<Throwable> dialogFailure = new AtomicReference<>();
		AtomicBoolean edited = ui.whenShellOpens("Properties asked in Solved", dialogFailure, dialog -> {
			Table table = Ui.find(dialog, "orderedProperties.table", Table.class);
			assertEquals(2, table.getItemCount());
			assertTrue(table.getItem(0).getText().contains("hs_ticket_category") && table.getItem(0).getChecked());
			assertFalse(table.getItem(1).getChecked());
			table.select(1);
			Ui.click(Ui.find(dialog, "orderedProperties.up", Button.class));
			table.getItem(0).setChecked(true);
			org.eclipse.swt.widgets.Event check = new org.eclipse.swt.widgets.Event();
			check.detail = org.eclipse.swt.SWT.CHECK;
			check.item = table.getItem(0);
			table.notifyListeners(org.eclipse.swt.SWT.Selection, check);
			ui.screenshot(dialog, "status-properties-editor");
			Ui.click(Ui.button(dialog, "OK"));
		});
		Ui.click(Ui.find(shell, "settings.status.properties.3", Button.class));
		ui.until("the properties saved", () -> dialogFailure.get() != null || edited.get() && view.strip().idle() && view.strip().message().startsWith("Solved asks for"));
		Ui.check(dialogFailure);
		assertEquals(List.of(new StatusProperty("content", true), new StatusProperty("hs_ticket_category", true)),
				client.statusProperties(pipeline.id(), solved(pipeline).id()));

		// The server's validation message for a blank status name, and nothing changed.
		PipedeskException expected = assertThrows(PipedeskException.class,
				() -> client.updateStage(pipeline.id(), saved.stages().get(0).id(), "", null, null));
		Ui.find(shell, "settings.status.label.0", Text.class).setText("");
		Ui.click(Ui.find(shell, "settings.save", Button.class));
		ui.until("refused", () -> view.strip().idle() && view.strip().message().contains(expected.getMessage()));
		assertEquals("Triage", client.pipeline(pipeline.id()).stages().get(0).label());
		ui.screenshot(shell, "pipeline-settings-validation");

		// Delete is refused with the server's reason while the pipeline holds tickets.
		PipedeskException refusal = assertThrows(PipedeskException.class, () -> client.deletePipeline(pipeline.id()));
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean confirmed = ui.whenShellOpens("Delete pipeline", failure, dialog -> Ui.click(Ui.button(dialog, "OK")));
		Menu actions = (Menu) Ui.find(shell, "settings.actions", Button.class).getData("menu");
		MenuItem delete = List.of(actions.getItems()).stream().filter(i -> "settings.action.delete".equals(i.getData(Widgets.KEY)))
				.findFirst().orElseThrow();
		Ui.click(delete);
		ui.until("the refusal", () -> failure.get() != null || confirmed.get() && view.strip().idle() && view.strip().message().contains(refusal.getMessage()));
		Ui.check(failure);
		assertEquals(pipeline.id(), client.pipeline(pipeline.id()).id());
	}

	@Test
	void theTicketEditorSavesWithTheVersionItReadAndRefusesStaleChanges() {
		Pipeline pipeline = pipelineWithRequiredCategoryInSolved("Editor UI");
		Ticket ticket = ticket(pipeline, "Old subject");

		shell = ui.shell("Pipedesk - Tickets");
		TicketListView view = new TicketListView(shell, session);
		ui.open(shell);
		ui.until("pipelines loaded", () -> view.strip().idle() && view.table() != null);
		view.showPipeline(pipeline.id());
		ui.until("the ticket", () -> view.strip().idle() && view.table().getItemCount() == 1);

		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean edited = ui.whenShellOpens(TicketEditorDialog.title(ticket.id()), failure, dialog -> {
			ui.until("the ticket read", () -> Ui.find(dialog, "ticket.save", Button.class).isEnabled());
			Text subject = Ui.find(dialog, "ticket.property.subject", Text.class);
			assertEquals("Old subject", subject.getText());
			subject.setText("New subject");
			Ui.select(Ui.find(dialog, "ticket.property.hs_ticket_priority", Combo.class), "Low");
			ui.screenshot(dialog, "ticket-editor");
			Ui.click(Ui.find(dialog, "ticket.save", Button.class));
		});
		view.openEditor(ticket.id());
		ui.until("the editor closed", edited::get);
		Ui.check(failure);
		ui.until("the list reloaded", () -> view.strip().idle() && view.strip().message().equals("Saved ticket #" + ticket.id()));
		Ticket saved = client.ticket(ticket.id());
		assertEquals("New subject", saved.subject());
		assertEquals("LOW", saved.property("hs_ticket_priority"));

		// Someone else changes the ticket while the editor is open: saving is refused with the server's message.
		AtomicReference<String> shown = new AtomicReference<>();
		AtomicBoolean stale = ui.whenShellOpens(TicketEditorDialog.title(ticket.id()), failure, dialog -> {
			ui.until("the ticket read", () -> Ui.find(dialog, "ticket.save", Button.class).isEnabled());
			client.updateTicket(ticket.id(), Map.of("subject", "Changed elsewhere"), null);
			Ui.find(dialog, "ticket.property.subject", Text.class).setText("Mine");
			Ui.click(Ui.find(dialog, "ticket.save", Button.class));
			Label message = Ui.find(dialog, "status.message", Label.class);
			ui.until("the refusal", () -> !message.getText().isEmpty() && !message.getText().endsWith("..."));
			shown.set(message.getText());
			ui.screenshot(dialog, "ticket-editor-conflict");
			Ui.click(Ui.button(dialog, "Close"));
		});
		view.openEditor(ticket.id());
		ui.until("the editor closed", stale::get);
		Ui.check(failure);
		PipedeskException conflict = assertThrows(PipedeskException.class,
				() -> client.updateTicket(ticket.id(), Map.of("subject", "Mine"), saved.version()));
		assertEquals(409, conflict.status());
		assertEquals(conflict.describe(), shown.get());
		assertEquals("Changed elsewhere", client.ticket(ticket.id()).subject());
	}

	@Test
	void aSilentServerNeverBlocksTheUiThread() throws Exception {
		try (java.net.ServerSocket silent = new java.net.ServerSocket(0)) { // accepts connections, never answers
			Session slow = new Session();
			slow.connect(new PipedeskClient("http://localhost:" + silent.getLocalPort(), "t"));
			shell = ui.shell("Pipedesk - silent server");
			long start = System.nanoTime();
			BoardView view = new BoardView(shell, slow);
			ui.open(shell);
			AtomicBoolean handled = new AtomicBoolean();
			ui.display.asyncExec(() -> handled.set(true));
			ui.until("UI events handled while the server is silent", handled::get);
			long millis = (System.nanoTime() - start) / 1_000_000;
			assertTrue(millis < 5_000, "the UI thread waited " + millis + " ms");
			assertFalse(view.strip().idle(), "the call still runs in the background");
			assertEquals("Loading pipelines...", view.strip().message());
		}
	}

	@Test
	void connectionSettingsAreRememberedTheTokenOnlyWhenAsked() {
		org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("PIPEDESK_URL") == null
				&& System.getenv("PIPEDESK_TOKEN") == null, "the launcher's environment would win");
		new ConnectionSettings("http://desk.example:8080", "secret", true).save();
		assertEquals(new ConnectionSettings("http://desk.example:8080", "secret", true), ConnectionSettings.load());
		new ConnectionSettings("http://other.example", "secret-2", false).save();
		assertEquals(new ConnectionSettings("http://other.example", "", false), ConnectionSettings.load());
	}

	@Test
	void aColumnShowsItsNewestCardsAndLoadsMoreOnDemand() {
		Pipeline pipeline = pipelineWithRequiredCategoryInSolved("Paging UI");
		String fresh = pipeline.stages().get(0).id();
		int count = BoardView.CARDS_PER_COLUMN + 3;
		for (int i = 0; i < count; i++) {
			ticket(pipeline, "Ticket " + i);
		}
		shell = ui.shell("Pipedesk - Board paging");
		BoardView view = new BoardView(shell, session);
		ui.open(shell);
		ui.until("pipelines loaded", () -> view.strip().idle() && !view.pipelines().pipelines().isEmpty());
		view.showPipeline(pipeline.id());
		ui.until("the board", () -> view.strip().idle() && view.board() != null && view.board().pipelineId().equals(pipeline.id()));
		org.eclipse.swt.widgets.Composite column = Ui.find(shell, "board.column." + fresh, org.eclipse.swt.widgets.Composite.class);
		assertEquals(BoardView.CARDS_PER_COLUMN, cards(column));
		assertEquals("New (" + count + ")", Ui.find(shell, "board.column.header." + fresh, Label.class).getText());
		Button more = Ui.find(shell, "board.more." + fresh, Button.class);
		assertEquals("Show more (3)", more.getText());
		Ui.click(more);
		ui.until("the next page", () -> view.strip().idle() && cards(column) == count);
		assertFalse(Ui.has(shell, "board.more." + fresh), "no further page");
		assertTrue(Ui.has(shell, "board.card." + client.search(new org.pipedesk.client.TicketSearch()
				.filter("hs_pipeline", "EQ", pipeline.id()).sort("hs_object_id", false).limit(1)).results().get(0).id()),
				"the oldest ticket is there too");
	}

	@Test
	void pipelineSettingsCreateRenameReorderPipelinesDeleteAStatusAndCustomizeCards() {
		Pipeline keeper = pipelineWithRequiredCategoryInSolved("Keeper");
		shell = ui.shell("Pipedesk - Pipelines");
		PipelineSettingsView view = new PipelineSettingsView(shell, session);
		ui.open(shell);
		ui.until("pipelines loaded", () -> view.strip().idle() && !view.pipelines().pipelines().isEmpty());
		AtomicReference<Throwable> failure = new AtomicReference<>();

		// Create pipeline: HubSpot's default statuses.
		String name = "Created " + UUID.randomUUID().toString().substring(0, 8);
		AtomicBoolean created = ui.whenShellOpens("Create pipeline", failure, dialog -> {
			Ui.editableText(dialog).setText(name);
			Ui.click(Ui.button(dialog, "OK"));
		});
		Ui.click(Ui.find(shell, "settings.create", Button.class));
		ui.until("created", () -> failure.get() != null || created.get() && view.strip().idle()
				&& view.pipelines().selected() != null && name.equals(view.pipelines().selected().label()));
		Ui.check(failure);
		Pipeline pipeline = view.pipelines().selected();
		assertEquals(List.of("New", "Waiting on contact", "Waiting on us", "Closed"),
				client.pipeline(pipeline.id()).stages().stream().map(Stage::label).toList());

		// Rename it from the Actions menu.
		AtomicBoolean renamed = ui.whenShellOpens("Rename pipeline", failure, dialog -> {
			Ui.editableText(dialog).setText(name + " renamed");
			Ui.click(Ui.button(dialog, "OK"));
		});
		Ui.click(action(shell, "settings.action.rename"));
		ui.until("renamed", () -> failure.get() != null || renamed.get() && view.strip().idle()
				&& (name + " renamed").equals(view.pipelines().selected().label()));
		Ui.check(failure);
		assertEquals(name + " renamed", client.pipeline(pipeline.id()).label());

		// Reorder pipelines: the new one (last) moves up, above the keeper.
		AtomicBoolean reordered = ui.whenShellOpens("Reorder pipelines", failure, dialog -> {
			Table table = Ui.find(dialog, "orderedProperties.table", Table.class);
			assertEquals(name + " renamed", table.getItem(table.getItemCount() - 1).getText());
			table.select(table.getItemCount() - 1);
			Ui.click(Ui.find(dialog, "orderedProperties.up", Button.class));
			Ui.click(Ui.button(dialog, "OK"));
		});
		Ui.click(action(shell, "settings.action.reorder"));
		ui.until("reordered", () -> failure.get() != null || reordered.get() && view.strip().idle());
		Ui.check(failure);
		List<String> order = client.pipelines().stream().map(Pipeline::id).toList();
		assertEquals(order.indexOf(keeper.id()) - 1, order.indexOf(pipeline.id()), order.toString());

		// Delete a status holding a ticket, moving the ticket to another status.
		Ticket ticket = client.createTicket(Map.of("hs_pipeline", pipeline.id(), "hs_pipeline_stage",
				pipeline.stages().get(1).id(), "subject", "Waits on contact"));
		view.reload(pipeline.id());
		ui.until("reloaded", () -> view.strip().idle() && view.rows().size() == 4);
		AtomicBoolean deleted = ui.whenShellOpens("Delete status Waiting on contact", failure, dialog -> {
			Ui.select(Ui.find(dialog, "deleteStatus.target", Combo.class), "Waiting on us");
			Ui.click(Ui.button(dialog, "OK"));
		});
		Ui.click(Ui.find(shell, "settings.status.delete.1", Button.class));
		ui.until("deleted", () -> failure.get() != null || deleted.get() && view.strip().idle() && view.rows().size() == 3);
		Ui.check(failure);
		assertEquals(pipeline.stages().get(2).id(), client.ticket(ticket.id()).stageId());

		// Customize ticket cards: add Category.
		AtomicBoolean customized = ui.whenShellOpens("Customize ticket cards", failure, dialog -> {
			Ui.select(Ui.find(dialog, "orderedProperties.available", Combo.class), "Category  (hs_ticket_category)");
			Ui.click(Ui.find(dialog, "orderedProperties.add", Button.class));
			Ui.click(Ui.button(dialog, "OK"));
		});
		List<String> before = client.cardProperties(pipeline.id());
		Ui.click(Ui.find(shell, "settings.cards", Button.class));
		ui.until("cards saved", () -> failure.get() != null || customized.get() && view.strip().idle()
				&& view.strip().message().startsWith("Cards show"));
		Ui.check(failure);
		List<String> expected = new java.util.ArrayList<>(before);
		expected.add("hs_ticket_category");
		assertEquals(expected, client.cardProperties(pipeline.id()));
	}

	private static MenuItem action(Shell shell, String id) {
		Menu actions = (Menu) Ui.find(shell, "settings.actions", Button.class).getData("menu");
		return List.of(actions.getItems()).stream().filter(i -> id.equals(i.getData(Widgets.KEY))).findFirst().orElseThrow();
	}

	@Test
	void theTicketListFiltersByPriorityAndLoadsTheNextPages() {
		Pipeline pipeline = pipelineWithRequiredCategoryInSolved("Pages UI");
		int high = TicketListView.PAGE + 1;
		for (int i = 0; i < high; i++) {
			ticket(pipeline, "High " + i);
		}
		Ticket low = client.createTicket(Map.of("hs_pipeline", pipeline.id(), "hs_pipeline_stage",
				pipeline.stages().get(0).id(), "subject", "Low one", "hs_ticket_priority", "LOW"));

		shell = ui.shell("Pipedesk - Tickets paging");
		TicketListView view = new TicketListView(shell, session);
		ui.open(shell);
		ui.until("pipelines loaded", () -> view.strip().idle() && view.table() != null);
		view.showPipeline(pipeline.id());
		ui.until("the first page", () -> view.strip().idle() && view.table().getItemCount() == TicketListView.PAGE);
		Button more = Ui.find(shell, "tickets.more", Button.class);
		assertTrue(more.isEnabled());
		Ui.click(more);
		ui.until("the second page", () -> view.strip().idle() && view.table().getItemCount() == high + 1);
		assertFalse(more.isEnabled(), "no further page");
		assertEquals(high + 1, view.tickets().stream().map(Ticket::id).distinct().count(), "no ticket twice");

		Ui.select(Ui.find(shell, "tickets.priority", Combo.class), "Low");
		ui.until("only the low one", () -> view.strip().idle() && view.table().getItemCount() == 1);
		assertEquals(low.id(), view.tickets().get(0).id());
		assertEquals("Low", view.table().getItem(0).getText(3));
	}

	@Test
	void theConnectionDialogTriesTheServerAndShowsWhyItCannotConnect() {
		org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("PIPEDESK_URL") == null
				&& System.getenv("PIPEDESK_TOKEN") == null, "the launcher's environment would win");
		String baseUrl = client.baseUrl().toString();
		shell = ui.shell("Pipedesk - connect");
		ui.open(shell);
		Session fresh = new Session();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean answered = ui.whenShellOpens("Connect to Pipedesk", failure, dialog -> {
			Text url = Ui.find(dialog, "connect.url", Text.class);
			Text token = Ui.find(dialog, "connect.token", Text.class);
			url.setText("http://localhost:1");
			token.setText("some-token");
			Ui.click(Ui.button(dialog, "Connect"));
			Label problem = Ui.find(dialog, "connect.problem", Label.class);
			ui.until("the failure shown", () -> problem.getText().startsWith("Cannot reach Pipedesk at http://localhost:1"));
			assertFalse(fresh.connected(), "still open, not connected");
			ui.screenshot(dialog, "connection-dialog");
			url.setText(baseUrl);
			token.setText(System.getProperty("pipedesk.admin.token", "it-token"));
			Ui.click(Ui.button(dialog, "Connect"));
		});
		boolean connected = ConnectionDialog.connect(shell, fresh);
		ui.until("answered", answered::get);
		Ui.check(failure);
		assertTrue(connected);
		assertEquals(baseUrl, fresh.client().baseUrl().toString());
		assertEquals(baseUrl, ConnectionSettings.load().url(), "remembered");
	}

	private static int cards(org.eclipse.swt.widgets.Composite column) {
		int cards = 0;
		for (org.eclipse.swt.widgets.Control child : column.getChildren()) {
			Object id = child.getData(Widgets.KEY);
			if (id instanceof String name && name.startsWith("board.card.")) {
				cards++;
			}
		}
		return cards;
	}
}
