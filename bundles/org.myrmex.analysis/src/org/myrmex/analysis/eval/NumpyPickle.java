// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes a Python pickle (protocol 3) of the few things a SLEAP metrics file holds: a dict of strings to floats, ints
 * and NumPy {@code float64} arrays, inside a 0-d NumPy object array, as {@code np.save} pickles one. Arrays are
 * written as NumPy 1.x pickles them ({@code numpy.core.multiarray._reconstruct}), which NumPy 2 reads too.
 */
final class NumpyPickle {
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	NumpyPickle() {
		out.write(0x80);
		out.write(3);
	}

	/** Starts the 0-d object array and its dict: call {@link #entry} for each item, then {@link #endObjectArray}. */
	void startObjectArray() {
		reconstruct();
		mark();
		integer(1);
		out.write(')'); // shape ()
		dtype("O", "|", 63);
		out.write(0x89); // not Fortran order
		out.write(']'); // the list of the array's objects
		out.write('}');
		mark();
	}

	void entry(String key, double value) {
		string(key);
		out.write('G');
		bytes(ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putDouble(value).array());
	}

	void entry(String key, int value) {
		string(key);
		integer(value);
	}

	/** A float64 array of the given shape, values in C order. */
	void entry(String key, int[] shape, double[] values) {
		string(key);
		reconstruct();
		mark();
		integer(1);
		mark();
		for (int n : shape) {
			integer(n);
		}
		out.write('t');
		dtype("f8", "<", 0);
		out.write(0x89);
		ByteBuffer data = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
		for (double v : values) {
			data.putDouble(v);
		}
		out.write('B');
		int32(values.length * 8);
		bytes(data.array());
		out.write('t');
		out.write('b');
	}

	/** @return the pickle, the dict and the array closed */
	byte[] endObjectArray() {
		out.write('u'); // SETITEMS
		out.write('a'); // APPEND the dict to the list
		out.write('t'); // the state tuple
		out.write('b'); // BUILD
		out.write('.');
		return out.toByteArray();
	}

	/** {@code _reconstruct(ndarray, (0,), b'b')} */
	private void reconstruct() {
		global("numpy.core.multiarray", "_reconstruct");
		global("numpy", "ndarray");
		integer(0);
		out.write(0x85);
		out.write('C');
		out.write(1);
		out.write('b');
		out.write(0x87);
		out.write('R');
	}

	/** {@code dtype(code, False, True)} with its state {@code (3, order, None, None, None, -1, -1, flags)} */
	private void dtype(String code, String order, int flags) {
		global("numpy", "dtype");
		string(code);
		out.write(0x89);
		out.write(0x88);
		out.write(0x87);
		out.write('R');
		mark();
		integer(3);
		string(order);
		out.write('N');
		out.write('N');
		out.write('N');
		integer(-1);
		integer(-1);
		integer(flags);
		out.write('t');
		out.write('b');
	}

	private void global(String module, String name) {
		out.write('c');
		bytes((module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII));
	}

	private void string(String text) {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		out.write('X');
		int32(utf8.length);
		bytes(utf8);
	}

	private void integer(int value) {
		if (value >= 0 && value < 256) {
			out.write('K');
			out.write(value);
		} else {
			out.write('J');
			int32(value);
		}
	}

	private void mark() {
		out.write('(');
	}

	private void int32(int value) {
		bytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array());
	}

	private void bytes(byte[] data) {
		out.write(data, 0, data.length);
	}
}
