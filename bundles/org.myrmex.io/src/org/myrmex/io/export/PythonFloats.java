// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats doubles exactly as Python's {@code repr(float)} (and NumPy's {@code str}) does, which is what SLEAP's and
 * the seed's pandas CSV files contain: the shortest decimal that reads back as the same double, in fixed notation
 * for decimal exponents from -4 to 15 ({@code 205.9300539013689}, {@code 100.0}, {@code 0.0001}) and in scientific
 * notation otherwise ({@code 1e-05}, {@code 1.5e+16}); {@code nan}, {@code inf}, {@code -inf}.
 *
 * <p>Java 17's {@link Double#toString(double)} is not always the shortest round-trip form (JDK-4511638) and writes
 * {@code 1.0E-5}, so the digits are recomputed from the exact binary value.
 */
final class PythonFloats {
	private PythonFloats() {
	}

	/** @return {@code value} as Python's {@code repr} writes it */
	static String repr(double value) {
		if (Double.isNaN(value)) {
			return "nan";
		}
		if (Double.isInfinite(value)) {
			return value > 0 ? "inf" : "-inf";
		}
		if (value == 0) {
			return Double.doubleToRawLongBits(value) < 0 ? "-0.0" : "0.0";
		}
		double magnitude = Math.abs(value);
		BigDecimal digits = shortestDigits(magnitude);
		String unscaled = digits.unscaledValue().toString();
		int pointPosition = unscaled.length() - digits.scale();
		String text = pointPosition > -4 && pointPosition <= 16 ? fixed(unscaled, pointPosition)
				: scientific(unscaled, pointPosition);
		return value < 0 ? "-" + text : text;
	}

	/** The shortest decimal that parses back to {@code magnitude}; among equally short ones, the closest. */
	private static BigDecimal shortestDigits(double magnitude) {
		BigDecimal exact = new BigDecimal(magnitude);
		BigDecimal java = new BigDecimal(Double.toString(magnitude)).stripTrailingZeros();
		BigDecimal best = null;
		for (int precision = java.precision(); precision >= 1; precision--) {
			BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
			if (rounded.doubleValue() != magnitude) {
				break;
			}
			best = rounded;
		}
		return (best == null ? java : best).stripTrailingZeros();
	}

	/** {@code digits} with the decimal point after {@code pointPosition} digits, always with a fraction. */
	private static String fixed(String digits, int pointPosition) {
		StringBuilder text = new StringBuilder(digits.length() + 8);
		if (pointPosition <= 0) {
			text.append("0.");
			text.append("0".repeat(-pointPosition));
			text.append(digits);
		} else if (pointPosition < digits.length()) {
			text.append(digits, 0, pointPosition).append('.').append(digits, pointPosition, digits.length());
		} else {
			text.append(digits).append("0".repeat(pointPosition - digits.length())).append(".0");
		}
		return text.toString();
	}

	/** {@code d[.ddd]e±XX}, with at least two exponent digits. */
	private static String scientific(String digits, int pointPosition) {
		StringBuilder text = new StringBuilder(digits.length() + 8);
		text.append(digits.charAt(0));
		if (digits.length() > 1) {
			text.append('.').append(digits, 1, digits.length());
		}
		int exponent = pointPosition - 1;
		text.append('e').append(exponent < 0 ? '-' : '+');
		int absolute = Math.abs(exponent);
		if (absolute < 10) {
			text.append('0');
		}
		return text.append(absolute).toString();
	}
}
