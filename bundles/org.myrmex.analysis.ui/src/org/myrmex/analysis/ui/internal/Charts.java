// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.internal;

import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/** What the analysis views' charts share. */
public final class Charts {
	private Charts() {
	}

	/**
	 * @return category labels written upwards under the axis, each up to half the plot's height long (JFreeChart's
	 *         {@code UP_90} cuts them at 30 %: "LowerThorax" would read "Lower…")
	 */
	public static CategoryLabelPositions verticalLabels() {
		return CategoryLabelPositions.replaceBottomPosition(CategoryLabelPositions.UP_90,
				new CategoryLabelPosition(RectangleAnchor.TOP, TextBlockAnchor.CENTER_RIGHT, TextAnchor.CENTER_RIGHT,
						-Math.PI / 2.0, CategoryLabelWidthType.RANGE, 0.5f));
	}
}
