package org.pipedesk.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.pipedesk.client.Board;
import org.pipedesk.client.PipedeskClient;
import org.pipedesk.client.PropertyDefinition;
import org.pipedesk.client.StatusProperty;
import org.pipedesk.ui.Session;

/**
 * The board: choose a pipeline, see one column per status (Open/Closed, ticket count) with its newest cards
 * showing the pipeline's card properties, and drag a card to another column to move its ticket there. When the
 * target status asks for properties, a dialog asks for them first (required ones must be given).
 */
final class BoardView implements Refreshable {
	static final int CARDS_PER_COLUMN = 20;
	private static final String DRAG_PREFIX = "pipedesk-ticket:";

	private final Session session;
	private final Composite root;
	private final PipelineChooser pipelines;
	private final StatusStrip strip;
	private final ScrolledComposite scroll;
	private final Composite columns;
	private final Font bold;
	private final Runnable onConnect = this::refresh;
	private Map<String, PropertyDefinition> definitions = Map.of();
	private Board board;
	/** Where each shown card is, and its subject: the first page of each column plus pages loaded with "Show more". */
	private final Map<String, String> stageOfCard = new java.util.HashMap<>();
	private final Map<String, String> subjectOfCard = new java.util.HashMap<>();

	BoardView(Composite parent, Session session) {
		this.session = session;
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(root, SWT.NONE);
		bar.setLayout(new GridLayout(3, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(bar, SWT.NONE).setText("Pipeline:");
		pipelines = new PipelineChooser(bar, "board.pipeline", this::loadBoard);
		Button refresh = new Button(bar, SWT.PUSH);
		refresh.setText("Refresh");
		Widgets.tag(refresh, "board.refresh");
		refresh.addListener(SWT.Selection, e -> refresh());
		strip = new StatusStrip(root);
		strip.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		scroll = new ScrolledComposite(root, SWT.H_SCROLL | SWT.V_SCROLL);
		scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		columns = new Composite(scroll, SWT.NONE);
		scroll.setContent(columns);
		FontData[] data = root.getFont().getFontData();
		for (FontData d : data) {
			d.setStyle(SWT.BOLD);
		}
		bold = new Font(root.getDisplay(), data);
		session.addListener(onConnect);
		root.addDisposeListener(e -> {
			session.removeListener(onConnect);
			bold.dispose();
		});
		refresh();
	}

	Composite control() {
		return root;
	}

	StatusStrip strip() {
		return strip;
	}

	Board board() {
		return board;
	}

	PipelineChooser pipelines() {
		return pipelines;
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
			loadBoard();
		});
	}

	/** Shows a pipeline's board (tests and other views choose one by id). */
	void showPipeline(String pipelineId) {
		pipelines.show(pipelines.pipelines(), pipelineId);
		loadBoard();
	}

	private void loadBoard() {
		loadBoard(null);
	}

	/** Loads the chosen pipeline's board; {@code outcome} (when not null) is shown once it is there. */
	private void loadBoard(String outcome) {
		String pipelineId = pipelines.selectedId();
		if (pipelineId == null) {
			return;
		}
		PipedeskClient client = session.client();
		strip.run("Loading the board", () -> client.board(pipelineId, CARDS_PER_COLUMN), shown -> {
			show(shown);
			if (outcome != null) {
				strip.info(outcome);
			}
		});
	}

	private void show(Board shown) {
		this.board = shown;
		for (Control old : columns.getChildren()) {
			old.dispose();
		}
		stageOfCard.clear();
		subjectOfCard.clear();
		GridLayout layout = new GridLayout(Math.max(1, shown.columns().size()), true);
		columns.setLayout(layout);
		for (Board.Column column : shown.columns()) {
			Composite box = new Composite(columns, SWT.BORDER);
			box.setLayout(new GridLayout(1, false));
			GridData boxData = new GridData(SWT.FILL, SWT.FILL, true, true);
			boxData.widthHint = 200;
			box.setLayoutData(boxData);
			Widgets.tag(box, "board.column." + column.stage().id());
			Label header = new Label(box, SWT.NONE);
			header.setFont(bold);
			header.setText(column.stage().label() + " (" + column.total() + ")");
			Widgets.tag(header, "board.column.header." + column.stage().id());
			Label state = new Label(box, SWT.NONE);
			state.setText(column.stage().closed() ? "Closed" : "Open");
			state.setForeground(root.getDisplay().getSystemColor(column.stage().closed() ? SWT.COLOR_DARK_GRAY : SWT.COLOR_DARK_GREEN));
			acceptDrops(box, column.stage().id());
			acceptDrops(header, column.stage().id());
			for (Board.Card card : column.cards()) {
				addCard(box, column.stage().id(), card);
			}
			if (column.nextAfter() != null) {
				addMoreButton(box, column.stage().id(), column.nextAfter(), column.total() - column.cards().size());
			}
		}
		scroll.setMinSize(columns.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		columns.layout(true, true);
	}

	private void addCard(Composite box, String stageId, Board.Card card) {
		Label cardLabel = new Label(box, SWT.BORDER | SWT.WRAP);
		cardLabel.setText(cardText(board, card));
		cardLabel.setBackground(root.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		cardLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Widgets.tag(cardLabel, "board.card." + card.id());
		draggable(cardLabel, card.id());
		cardLabel.addListener(SWT.MouseDoubleClick, e -> openEditor(card.id()));
		acceptDrops(cardLabel, stageId);
		stageOfCard.put(card.id(), stageId);
		subjectOfCard.put(card.id(), card.subject());
	}

	/** The next page of one column, appended below its cards (a column may hold far more tickets than fit). */
	private void addMoreButton(Composite box, String stageId, String after, long remaining) {
		Button more = Widgets.tag(new Button(box, SWT.PUSH), "board.more." + stageId);
		more.setText("Show more (" + remaining + ")");
		more.addListener(SWT.Selection, e -> {
			String pipelineId = board.pipelineId();
			PipedeskClient client = session.client();
			more.setEnabled(false);
			strip.run("Loading more cards", () -> client.boardColumn(pipelineId, stageId, after, CARDS_PER_COLUMN), page -> {
				if (box.isDisposed()) {
					return;
				}
				more.dispose();
				for (Board.Card card : page.cards()) {
					addCard(box, stageId, card);
				}
				if (page.nextAfter() != null) {
					addMoreButton(box, stageId, page.nextAfter(), remaining - page.cards().size());
				}
				scroll.setMinSize(columns.computeSize(SWT.DEFAULT, SWT.DEFAULT));
				columns.layout(true, true);
			});
		});
	}

	private String cardText(Board shown, Board.Card card) {
		StringBuilder text = new StringBuilder("#" + card.id() + "  " + (card.subject() == null ? "" : card.subject()));
		for (String name : shown.cardProperties()) {
			String value = card.properties() == null ? null : card.properties().get(name);
			if (value != null && !value.isEmpty()) {
				text.append('\n').append(PropertyEditors.label(definitions, name)).append(": ")
						.append(PropertyEditors.display(definitions, name, value));
			}
		}
		return text.toString();
	}

	private static void draggable(Control card, String ticketId) {
		DragSource source = new DragSource(card, DND.DROP_MOVE);
		source.setTransfer(new Transfer[] { TextTransfer.getInstance() });
		source.addDragListener(new DragSourceAdapter() {
			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = DRAG_PREFIX + ticketId;
			}
		});
	}

	private void acceptDrops(Control control, String stageId) {
		DropTarget target = new DropTarget(control, DND.DROP_MOVE | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { TextTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_MOVE;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String text && text.startsWith(DRAG_PREFIX)) {
					dropTicket(text.substring(DRAG_PREFIX.length()), stageId);
				}
			}
		});
	}

	/**
	 * A card dropped on a column: ask for the target status's properties when it has any, then move the ticket
	 * and reload the board. (The drop listener calls this; so do UI tests, as Xvfb has no native drag.)
	 */
	void dropTicket(String ticketId, String stageId) {
		if (board == null) {
			return;
		}
		Board.Column target = board.columns().stream().filter(c -> c.stage().id().equals(stageId)).findFirst().orElse(null);
		boolean sameColumn = stageId.equals(stageOfCard.get(ticketId));
		if (target == null || sameColumn) {
			return;
		}
		String pipelineId = board.pipelineId();
		String subject = subjectOfCard.containsKey(ticketId) ? "#" + ticketId + " " + subjectOfCard.get(ticketId)
				: "Ticket #" + ticketId;
		PipedeskClient client = session.client();
		strip.run("Reading what " + target.stage().label() + " asks for",
				() -> client.statusProperties(pipelineId, stageId), asked -> {
					Map<String, String> values = askFor(target.stage().label(), subject, asked);
					if (values == null) {
						strip.info("Move cancelled");
						return;
					}
					strip.run("Moving " + subject + " to " + target.stage().label(),
							() -> client.moveTicket(ticketId, stageId, values), moved -> loadBoard("Moved " + subject + " to " + target.stage().label()));
				});
	}

	/** The values for the status's properties: none asked gives an empty map, a cancelled dialog null. */
	private Map<String, String> askFor(String statusLabel, String subject, List<StatusProperty> asked) {
		if (asked.isEmpty()) {
			return Map.of();
		}
		StatusPropertiesDialog dialog = new StatusPropertiesDialog(root.getShell(), statusLabel, subject, asked, definitions);
		return dialog.open() == Window.OK ? dialog.values() : null;
	}

	/** Opens the ticket editor (a double-click on a card); the board reloads when it saved. */
	void openEditor(String ticketId) {
		org.pipedesk.client.Pipeline pipeline = pipelines.selected();
		if (pipeline == null) {
			return;
		}
		TicketEditorDialog editor = new TicketEditorDialog(root.getShell(), session, pipeline, definitions, ticketId);
		editor.open();
		if (editor.saved()) {
			loadBoard("Saved ticket #" + ticketId);
		}
	}

	Map<String, PropertyDefinition> definitions() {
		return definitions;
	}

	void setFocus() {
		pipelines.combo().setFocus();
	}
}
