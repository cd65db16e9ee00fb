package io.processware.ui.bpmn;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

import io.processware.ui.testing.UiWait;

/**
 * Real keyboard input for UI tests: events posted to the X server (Xvfb's XTEST) with
 * {@link Display#post}, so they reach the focused widget the way an analyst's keystrokes do —
 * through GTK, WebKit and the workbench's key bindings — rather than calling commands.
 */
final class Keys {

	private Keys() {
	}

	/** Activates the control's window, puts the pointer over the control and gives it the keyboard focus. */
	static void focus(Control control) {
		Display display = control.getDisplay();
		control.getShell().forceActive();
		Rectangle bounds = control.getBounds();
		Point centre = control.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = centre.x;
		move.y = centre.y;
		display.post(move);
		control.setFocus();
		UiWait.until(() -> display.getFocusControl() == control, 10_000,
				() -> "keyboard focus on " + control + " (focus is on " + display.getFocusControl() + ")");
	}

	/** Presses and releases a key with modifiers held, e.g. {@code press('s', SWT.CTRL)}. */
	static void press(char key, int modifiers) {
		Display display = Display.getCurrent();
		int[] held = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
		for (int modifier : held) {
			if ((modifiers & modifier) != 0) {
				display.post(key(SWT.KeyDown, modifier, '\0'));
			}
		}
		display.post(key(SWT.KeyDown, 0, key));
		display.post(key(SWT.KeyUp, 0, key));
		for (int i = held.length - 1; i >= 0; i--) {
			if ((modifiers & held[i]) != 0) {
				display.post(key(SWT.KeyUp, held[i], '\0'));
			}
		}
	}

	private static Event key(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		return event;
	}
}
