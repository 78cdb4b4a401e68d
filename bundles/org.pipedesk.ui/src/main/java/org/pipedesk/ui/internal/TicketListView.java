package org.pipedesk.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.pipedesk.client.BatchResult;
import org.pipedesk.client.Pipeline;
import org.pipedesk.client.PipedeskClient;
import org.pipedesk.client.PropertyDefinition;
import org.pipedesk.client.Stage;
import org.pipedesk.client.Ticket;
import org.pipedesk.client.TicketSearch;
import org.pipedesk.ui.Session;

/**
 * The ticket list: a pipeline's tickets filtered by status and words, sorted by a column (click its header), with
 * several selected at once for a bulk status change, which asks the target status's properties like the board.
 */
final class TicketListView implements Refreshable {
	static final int PAGE = 100;
	private static final String[][] COLUMNS = { { "hs_object_id", "ID" }, { "subject", "Subject" },
			{ "hs_pipeline_stage", "Status" }, { "hs_ticket_priority", "Priority" }, { "hubspot_owner_id", "Owner" },
			{ "createdate", "Created" } };

	private final Session session;
	private final Composite root;
	private final PipelineChooser pipelines;
	private final Combo statusFilter;
	private final Combo priorityFilter;
	private final Button more;
	private List<String> priorityValues = List.of();
	private String nextAfter;
	private long total;
	private final Text query;
	private final Table table;
	private final Combo target;
	private final Button apply;
	private final Label count;
	private final StatusStrip strip;
	private final Runnable onConnect = this::refresh;
	private Map<String, PropertyDefinition> definitions = Map.of();
	private List<Ticket> tickets = List.of();
	private String sortProperty = "createdate";
	private boolean sortDescending = true;

	TicketListView(Composite parent, Session session) {
		this.session = session;
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		Composite filters = new Composite(root, SWT.NONE);
		filters.setLayout(new GridLayout(9, false));
		filters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(filters, SWT.NONE).setText("Pipeline:");
		pipelines = new PipelineChooser(filters, "tickets.pipeline", () -> {
			fillStatuses();
			search();
		});
		new Label(filters, SWT.NONE).setText("Status:");
		statusFilter = Widgets.tag(new Combo(filters, SWT.READ_ONLY | SWT.DROP_DOWN), "tickets.status");
		statusFilter.addListener(SWT.Selection, e -> search());
		new Label(filters, SWT.NONE).setText("Priority:");
		priorityFilter = Widgets.tag(new Combo(filters, SWT.READ_ONLY | SWT.DROP_DOWN), "tickets.priority");
		priorityFilter.addListener(SWT.Selection, e -> search());
		query = Widgets.tag(new Text(filters, SWT.BORDER | SWT.SEARCH), "tickets.query");
		query.setMessage("Words in subject or description");
		query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		query.addListener(SWT.DefaultSelection, e -> search());
		Button searchButton = Widgets.tag(new Button(filters, SWT.PUSH), "tickets.search");
		searchButton.setText("Search");
		searchButton.addListener(SWT.Selection, e -> search());
		count = new Label(filters, SWT.NONE);
		count.setLayoutData(new GridData(160, SWT.DEFAULT));

		strip = new StatusStrip(root);
		strip.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		table = Widgets.tag(new Table(root, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER), "tickets.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (String[] column : COLUMNS) {
			TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
			tableColumn.setText(column[1]);
			tableColumn.setWidth("subject".equals(column[0]) ? 320 : 120);
			tableColumn.setData(column[0]);
			tableColumn.addListener(SWT.Selection, e -> sortBy(tableColumn));
		}
		table.addListener(SWT.Selection, e -> updateBulk());
		table.addListener(SWT.DefaultSelection, e -> {
			TableItem[] selection = table.getSelection();
			if (selection.length == 1) {
				openEditor(((Ticket) selection[0].getData()).id());
			}
		});

		more = Widgets.tag(new Button(root, SWT.PUSH), "tickets.more");
		more.setText("Load " + PAGE + " more");
		more.setEnabled(false);
		more.addListener(SWT.Selection, e -> loadMore());

		Composite bulk = new Composite(root, SWT.NONE);
		bulk.setLayout(new GridLayout(3, false));
		new Label(bulk, SWT.NONE).setText("Selected tickets: change status to");
		target = Widgets.tag(new Combo(bulk, SWT.READ_ONLY | SWT.DROP_DOWN), "tickets.bulk.target");
		target.addListener(SWT.Selection, e -> updateBulk());
		apply = Widgets.tag(new Button(bulk, SWT.PUSH), "tickets.bulk.apply");
		apply.setText("Apply");
		apply.addListener(SWT.Selection, e -> bulkChangeStatus());
		updateBulk();

		session.addListener(onConnect);
		root.addDisposeListener(e -> session.removeListener(onConnect));
		refresh();
	}

	Composite control() {
		return root;
	}

	StatusStrip strip() {
		return strip;
	}

	Table table() {
		return table;
	}

	List<Ticket> tickets() {
		return tickets;
	}

	@Override
	public void refresh() {
		if (!session.connected()) {
			strip.info("Not connected: File > Connect...");
			return;
		}
		PipedeskClient client = session.client();
		strip.run("Loading pipelines", () -> DeskData.read(client), desk -> {
			definitions = desk.properties();
			pipelines.show(desk.pipelines(), null);
			fillStatuses();
			fillPriorities();
			search();
		});
	}

	void showPipeline(String pipelineId) {
		pipelines.show(pipelines.pipelines(), pipelineId);
		fillStatuses();
		search();
	}

	private void fillStatuses() {
		Pipeline pipeline = pipelines.selected();
		List<String> labels = new ArrayList<>();
		labels.add("Any status");
		if (pipeline != null) {
			pipeline.stages().forEach(s -> labels.add(s.label()));
		}
		statusFilter.setItems(labels.toArray(String[]::new));
		statusFilter.select(0);
		target.setItems(labels.subList(1, labels.size()).toArray(String[]::new));
		statusFilter.getParent().layout();
		target.getParent().layout();
		updateBulk();
	}

	private void fillPriorities() {
		PropertyDefinition priority = definitions.get("hs_ticket_priority");
		List<String> labels = new ArrayList<>();
		List<String> values = new ArrayList<>();
		labels.add("Any priority");
		values.add(null);
		if (priority != null) {
			priority.options().stream().filter(o -> !o.hidden()).forEach(o -> {
				labels.add(o.label());
				values.add(o.value());
			});
		}
		priorityValues = values;
		priorityFilter.setItems(labels.toArray(String[]::new));
		priorityFilter.select(0);
		priorityFilter.getParent().layout();
	}

	private void sortBy(TableColumn column) {
		String property = (String) column.getData();
		sortDescending = property.equals(sortProperty) ? !sortDescending : false;
		sortProperty = property;
		table.setSortColumn(column);
		table.setSortDirection(sortDescending ? SWT.DOWN : SWT.UP);
		search();
	}

	/** Sorts by a property (as a click on its column does). */
	void sort(String property, boolean descending) {
		sortProperty = property;
		sortDescending = descending;
		search();
	}

	void search() {
		search(null);
	}

	/** Runs the search; {@code outcome} (when not null) is shown once the list is there. */
	private void search(String outcome) {
		Pipeline pipeline = pipelines.selected();
		if (pipeline == null || !session.connected()) {
			return;
		}
		TicketSearch search = currentSearch(pipeline);
		PipedeskClient client = session.client();
		strip.run("Searching tickets", () -> client.search(search), page -> {
			show(pipeline, page, false);
			if (outcome != null) {
				strip.info(outcome);
			}
		});
	}

	/** The search the filters and the sort describe (first page). */
	private TicketSearch currentSearch(Pipeline pipeline) {
		TicketSearch search = new TicketSearch().filter("hs_pipeline", "EQ", pipeline.id())
				.sort(sortProperty, sortDescending).query(query.getText()).limit(PAGE)
				.properties(List.of("subject", "hs_pipeline", "hs_pipeline_stage", "hs_ticket_priority", "hubspot_owner_id",
						"createdate"));
		int status = statusFilter.getSelectionIndex();
		if (status > 0) {
			search.filter("hs_pipeline_stage", "EQ", pipeline.stages().get(status - 1).id());
		}
		int priority = priorityFilter.getSelectionIndex();
		if (priority > 0 && priority < priorityValues.size()) {
			search.filter("hs_ticket_priority", "EQ", priorityValues.get(priority));
		}
		return search;
	}

	/** The next page of the same search, added below the rows shown. */
	void loadMore() {
		Pipeline pipeline = pipelines.selected();
		if (pipeline == null || nextAfter == null) {
			return;
		}
		TicketSearch search = currentSearch(pipeline).after(nextAfter);
		PipedeskClient client = session.client();
		more.setEnabled(false);
		strip.run("Loading more tickets", () -> client.search(search), page -> show(pipeline, page, true));
	}

	private void show(Pipeline pipeline, TicketSearch.Page page, boolean append) {
		if (!append) {
			tickets = new ArrayList<>();
			table.removeAll();
		}
		tickets = new ArrayList<>(tickets);
		tickets.addAll(page.results());
		nextAfter = page.after();
		total = page.total();
		more.setEnabled(nextAfter != null);
		for (Ticket ticket : page.results()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(ticket);
			for (int i = 0; i < COLUMNS.length; i++) {
				String name = COLUMNS[i][0];
				String value = switch (name) {
				case "hs_object_id" -> ticket.id();
				case "hs_pipeline_stage" -> pipeline.stages().stream().filter(s -> s.id().equals(ticket.stageId()))
						.map(Stage::label).findFirst().orElse(String.valueOf(ticket.stageId()));
				default -> PropertyEditors.display(definitions, name, ticket.property(name));
				};
				item.setText(i, value == null ? "" : value);
			}
		}
		count.setText(total + " tickets" + (total > tickets.size() ? " (" + tickets.size() + " shown)" : ""));
		updateBulk();
	}

	private void updateBulk() {
		apply.setEnabled(table.getSelectionCount() > 0 && target.getSelectionIndex() >= 0);
	}

	/** Moves the selected tickets to the chosen status, asking for its properties once for all of them. */
	void bulkChangeStatus() {
		Pipeline pipeline = pipelines.selected();
		int index = target.getSelectionIndex();
		if (pipeline == null || index < 0 || table.getSelectionCount() == 0) {
			return;
		}
		Stage stage = pipeline.stages().get(index);
		List<String> ids = new ArrayList<>();
		for (TableItem item : table.getSelection()) {
			ids.add(((Ticket) item.getData()).id());
		}
		PipedeskClient client = session.client();
		strip.run("Reading what " + stage.label() + " asks for", () -> client.statusProperties(pipeline.id(), stage.id()),
				asked -> {
					Map<String, String> values = Map.of();
					if (!asked.isEmpty()) {
						StatusPropertiesDialog dialog = new StatusPropertiesDialog(root.getShell(), stage.label(),
								ids.size() + " tickets", asked, definitions);
						if (dialog.open() != Window.OK) {
							strip.info("Status change cancelled");
							return;
						}
						values = dialog.values();
					}
					Map<String, String> properties = new java.util.LinkedHashMap<>(values);
					properties.put("hs_pipeline_stage", stage.id());
					strip.run("Moving " + ids.size() + " tickets to " + stage.label(),
							() -> client.batchUpdate(ids, properties), result -> search(summary(result, stage)));
				});
	}

	private static String summary(BatchResult result, Stage stage) {
		String moved = result.results().size() + " moved to " + stage.label();
		if (result.allSucceeded()) {
			return moved;
		}
		return moved + "; " + result.errors().size() + " refused: " + result.errors().stream()
				.map(e -> "#" + e.ticketId() + ": " + e.message()).collect(Collectors.joining("; "));
	}

	/** Opens the ticket editor (a double-click on a row); the list reloads when it saved. */
	void openEditor(String ticketId) {
		Pipeline pipeline = pipelines.selected();
		if (pipeline == null) {
			return;
		}
		TicketEditorDialog editor = new TicketEditorDialog(root.getShell(), session, pipeline, definitions, ticketId);
		editor.open();
		if (editor.saved()) {
			search("Saved ticket #" + ticketId);
		}
	}

	void setFocus() {
		query.setFocus();
	}
}
