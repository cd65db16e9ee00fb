package io.processware.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves what a shell shows on screen as a PNG under target/screenshots, for people to look at.
 * Shared by every UI suite (the editors' test fragments require this bundle).
 */
public final class Screenshots {

	private Screenshots() {
	}

	public static Path folder() {
		return Path.of(System.getProperty("processware.screenshots", "target/screenshots"));
	}

	/** Lets the UI settle, then captures the shell's area of the display. */
	public static Path save(Shell shell, String name) throws IOException {
		Display display = shell.getDisplay();
		settle(display);
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			Files.createDirectories(folder());
			Path file = folder().resolve(name + ".png");
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Runs the event loop until nothing is pending, then a little more for deferred layouts. */
	public static void settle(Display display) {
		long until = System.currentTimeMillis() + 1500;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}
}
