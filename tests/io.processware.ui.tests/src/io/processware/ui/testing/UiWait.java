package io.processware.ui.testing;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Runs the UI thread's event loop until a condition holds (jobs hand their results to the UI thread). */
public final class UiWait {

	private UiWait() {
	}

	/** @throws AssertionError naming what did not happen within the time */
	public static void until(BooleanSupplier condition, long timeoutMillis, Supplier<String> what) {
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > until) {
				throw new AssertionError("waited " + timeoutMillis + " ms for: " + what.get());
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError("interrupted while waiting for: " + what.get());
				}
			}
		}
	}

	/** Gives the window a full screen's size: Xvfb has no window manager to maximise with. */
	public static void fullSize(org.eclipse.swt.widgets.Shell shell) {
		org.eclipse.swt.graphics.Rectangle screen = shell.getDisplay().getPrimaryMonitor().getBounds();
		shell.setBounds(screen.x, screen.y, Math.min(screen.width, 1600), Math.min(screen.height, 1000));
		Screenshots.settle(shell.getDisplay());
	}
}
