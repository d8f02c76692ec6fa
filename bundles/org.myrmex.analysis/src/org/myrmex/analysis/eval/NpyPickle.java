// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unpickling what NumPy's object arrays of SLEAP's metrics hold (protocol 2–4): NumPy arrays and scalars
 * ({@code _reconstruct}, {@code dtype}, {@code scalar}), dicts, lists, tuples, strings, numbers; for
 * {@link MetricsNpzReader}.
 */
final class NpyPickle {
	private NpyPickle() {
	}

	/** A NumPy dtype: kind and size ({@code f8}, {@code i4}, {@code b1}, {@code O8}) and byte order. */
	static final class Dtype {
		final String code;
		char order = '<';

		Dtype(String code) {
			this.code = code;
		}

		void setState(List<Object> state) {
			order = ((String) state.get(1)).charAt(0);
		}

		double read(ByteBuffer buffer) {
			buffer.order(order == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
			return switch (code) {
			case "f8" -> buffer.getDouble();
			case "f4" -> buffer.getFloat();
			case "i8", "u8" -> buffer.getLong();
			case "i4" -> buffer.getInt();
			case "u4" -> Integer.toUnsignedLong(buffer.getInt());
			case "i2" -> buffer.getShort();
			case "b1", "u1" -> buffer.get() & 0xff;
			case "i1" -> buffer.get();
			default -> throw new IllegalStateException("unsupported dtype " + code);
			};
		}
	}

	/** An array being rebuilt: {@code _reconstruct} makes it, {@code BUILD} fills it. */
	static final class Array {
		int[] shape = new int[0];
		Dtype dtype;
		Object data;

		@SuppressWarnings("unchecked")
		void setState(List<Object> state) {
			shape = ((List<Object>) state.get(1)).stream().mapToInt(o -> ((Number) o).intValue()).toArray();
			dtype = (Dtype) state.get(2);
			if (Boolean.TRUE.equals(state.get(3))) {
				throw new IllegalStateException("Fortran-ordered arrays are not supported");
			}
			data = state.get(4);
		}

		@SuppressWarnings("unchecked")
		double[] doubles() {
			if (data instanceof byte[] bytes) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				int count = 1;
				for (int dimension : shape) {
					count *= dimension;
				}
				double[] values = new double[count];
				for (int i = 0; i < count; i++) {
					values[i] = dtype.read(buffer);
				}
				return values;
			}
			return ((List<Object>) data).stream().mapToDouble(o -> ((Number) o).doubleValue()).toArray();
		}
	}

	private record Global(String module, String name) {
	}

	/** The pickle opcodes NumPy's object arrays of SLEAP's metrics use. */
	static final class Unpickler {
		private static final Object MARK = new Object();
		private final ByteBuffer in;
		private final Deque<Object> stack = new ArrayDeque<>();
		private final Map<Integer, Object> memo = new HashMap<>();

		Unpickler(ByteBuffer in) {
			this.in = in.order(ByteOrder.LITTLE_ENDIAN);
		}

		@SuppressWarnings("unchecked")
		Object load() throws IOException {
			while (true) {
				int opcode = in.get() & 0xff;
				switch (opcode) {
				case 0x80 -> in.get(); // PROTO
				case 0x95 -> in.getLong(); // FRAME
				case '.' -> {
					return stack.pop();
				}
				case 'c' -> stack.push(new Global(line(), line()));
				case 'q' -> memo.put(in.get() & 0xff, stack.peek());
				case 'r' -> memo.put(in.getInt(), stack.peek());
				case 0x94 -> memo.put(memo.size(), stack.peek()); // MEMOIZE
				case 'h' -> stack.push(memo.get(in.get() & 0xff));
				case 'j' -> stack.push(memo.get(in.getInt()));
				case 'K' -> stack.push((long) (in.get() & 0xff));
				case 'M' -> stack.push((long) (in.getShort() & 0xffff));
				case 'J' -> stack.push((long) in.getInt());
				case 'G' -> stack.push(readBigEndianDouble());
				case 'N' -> stack.push(NONE);
				case 0x88 -> stack.push(Boolean.TRUE);
				case 0x89 -> stack.push(Boolean.FALSE);
				case 'C' -> stack.push(bytes(in.get() & 0xff));
				case 'B' -> stack.push(bytes(in.getInt()));
				case 'X' -> stack.push(new String(bytes(in.getInt()), StandardCharsets.UTF_8));
				case 0x8c -> stack.push(new String(bytes(in.get() & 0xff), StandardCharsets.UTF_8));
				case ')' -> stack.push(List.of());
				case 0x85 -> stack.push(tuple(1));
				case 0x86 -> stack.push(tuple(2));
				case 0x87 -> stack.push(tuple(3));
				case '(' -> stack.push(MARK);
				case 't' -> stack.push(popToMark());
				case ']' -> stack.push(new ArrayList<>());
				case '}' -> stack.push(new LinkedHashMap<>());
				case 'a' -> {
					Object value = stack.pop();
					((List<Object>) stack.peek()).add(value);
				}
				case 'e' -> {
					List<Object> values = popToMark();
					((List<Object>) stack.peek()).addAll(values);
				}
				case 's' -> {
					Object value = stack.pop();
					Object key = stack.pop();
					((Map<Object, Object>) stack.peek()).put(key, value);
				}
				case 'u' -> {
					List<Object> items = popToMark();
					Map<Object, Object> map = (Map<Object, Object>) stack.peek();
					for (int i = 0; i < items.size(); i += 2) {
						map.put(items.get(i), items.get(i + 1));
					}
				}
				case 'R' -> {
					List<Object> arguments = (List<Object>) stack.pop();
					stack.push(call((Global) stack.pop(), arguments));
				}
				case 'b' -> {
					List<Object> state = (List<Object>) stack.pop();
					Object target = stack.peek();
					if (target instanceof Array array) {
						array.setState(state);
					} else if (target instanceof Dtype dtype) {
						dtype.setState(state);
					} else {
						throw new IOException("BUILD on " + target);
					}
				}
				default -> throw new IOException("unsupported pickle opcode 0x" + Integer.toHexString(opcode)
						+ " at byte " + (in.position() - 1));
				}
			}
		}

		private static final Object NONE = new Object() {
			@Override
			public String toString() {
				return "None";
			}
		};

		private double readBigEndianDouble() {
			in.order(ByteOrder.BIG_ENDIAN);
			double value = in.getDouble();
			in.order(ByteOrder.LITTLE_ENDIAN);
			return value;
		}

		private Object call(Global global, List<Object> arguments) throws IOException {
			String name = global.module() + "." + global.name();
			switch (name) {
			case "numpy.core.multiarray._reconstruct", "numpy._core.multiarray._reconstruct":
				return new Array();
			case "numpy.dtype":
				return new Dtype((String) arguments.get(0));
			case "numpy.core.multiarray.scalar", "numpy._core.multiarray.scalar": {
				Array scalar = new Array();
				scalar.dtype = (Dtype) arguments.get(0);
				scalar.data = arguments.get(1);
				return scalar;
			}
			default:
				throw new IOException("unsupported pickled callable " + name);
			}
		}

		private String line() {
			StringBuilder text = new StringBuilder();
			for (byte b = in.get(); b != '\n'; b = in.get()) {
				text.append((char) b);
			}
			return text.toString();
		}

		private byte[] bytes(int length) {
			byte[] bytes = new byte[length];
			in.get(bytes);
			return bytes;
		}

		private List<Object> tuple(int size) {
			Object[] items = new Object[size];
			for (int i = size - 1; i >= 0; i--) {
				items[i] = stack.pop();
			}
			return List.of(items);
		}

		private List<Object> popToMark() {
			List<Object> items = new ArrayList<>();
			for (Object item = stack.pop(); item != MARK; item = stack.pop()) {
				items.add(0, item);
			}
			return items;
		}
	}
}
