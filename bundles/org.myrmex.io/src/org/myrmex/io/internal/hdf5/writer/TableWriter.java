// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.hdf5.writer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.bytedeco.hdf5.CompType;
import org.bytedeco.hdf5.DSetAccPropList;
import org.bytedeco.hdf5.DSetCreatPropList;
import org.bytedeco.hdf5.DSetMemXferPropList;
import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.LinkCreatPropList;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.BytePointer;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Writes a one-dimensional compound dataset of a known number of rows, row after row, as SLEAP's tables are stored:
 * chunked, uncompressed, extendable ({@code maxshape=(None,)}). Rows are filled by the caller at fixed offsets in a
 * little-endian buffer over native memory ({@link #data()}, {@link #nextRow()}); whenever the buffer is full it goes
 * to the file as one hyperslab, so memory stays bounded and HDF5 is called once per buffer, not per row. Each flush
 * first takes one tick of the shared progress monitor, which is where cancellation is noticed.
 */
public final class TableWriter implements AutoCloseable {
	/** Rows gathered before a write: about a quarter million, rounded to whole chunks. */
	private static final long BUFFER_ROWS = 1 << 18;

	private final SubMonitor progress;
	private final long rows;
	private final int rowSize;
	private final int capacity;
	private final CompType type;
	private final DataSet dataSet;
	private final DataSpace fileSpace;
	private final BytePointer memory;
	private final ByteBuffer buffer;
	private long written;
	private int buffered;

	private TableWriter(H5File file, String name, CompoundLayout layout, long rows, long chunkRows, SubMonitor progress) {
		this.progress = progress;
		this.rows = rows;
		this.rowSize = layout.size();
		this.capacity = (int) Math.max(1, Math.min(rows, bufferRows(chunkRows)));
		this.type = layout.create();
		try (DataSpace space = new DataSpace(1, new long[] { rows }, new long[] { hdf5.H5S_UNLIMITED });
				DSetCreatPropList properties = new DSetCreatPropList()) {
			properties.setChunk(1, new long[] { chunkRows });
			this.dataSet = file.createDataSet(name, type, space, properties, DSetAccPropList.DEFAULT(),
					LinkCreatPropList.DEFAULT());
		} catch (RuntimeException e) {
			type.close();
			throw e;
		}
		this.fileSpace = dataSet.getSpace();
		this.memory = new BytePointer((long) capacity * rowSize);
		this.buffer = memory.asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
	}

	/**
	 * Creates the dataset {@code name} of {@code rows} rows (not yet written) with h5py's chunk shape.
	 *
	 * @param progress takes one tick per flush: {@link #flushes(long, int)} ticks in all
	 */
	public static TableWriter create(H5File file, String name, CompoundLayout layout, long rows, SubMonitor progress) {
		return new TableWriter(file, name, layout, rows, ChunkGuess.rows(rows, layout.size()), progress);
	}

	/** @return how many ticks writing {@code rows} rows of {@code rowSize} bytes takes */
	public static long flushes(long rows, int rowSize) {
		long capacity = Math.max(1, Math.min(rows, bufferRows(ChunkGuess.rows(rows, rowSize))));
		return (rows + capacity - 1) / capacity;
	}

	private static long bufferRows(long chunkRows) {
		return chunkRows * Math.max(1, BUFFER_ROWS / chunkRows);
	}

	/** @return the buffer rows are filled in: little-endian, row {@code r} of the current batch at {@code r * size} */
	public ByteBuffer data() {
		return buffer;
	}

	/**
	 * Reserves the next row, flushing the buffer first when it is full.
	 *
	 * @return the byte offset of the row in {@link #data()}; its bytes are stale until every member is set
	 * @throws IllegalStateException when all rows announced at creation were already reserved
	 */
	public int nextRow() {
		if (buffered == capacity) {
			flush();
		}
		if (written + buffered >= rows) {
			throw new IllegalStateException("more than the " + rows + " rows announced");
		}
		return buffered++ * rowSize;
	}

	/**
	 * Writes what is buffered.
	 *
	 * @throws IllegalStateException when fewer rows were written than announced
	 */
	public void finish() {
		if (buffered > 0) {
			flush();
		}
		if (written != rows) {
			throw new IllegalStateException(written + " rows written, " + rows + " announced");
		}
	}

	private void flush() {
		progress.split(1);
		fileSpace.selectHyperslab(hdf5.H5S_SELECT_SET, new long[] { buffered }, new long[] { written });
		try (DataSpace memorySpace = new DataSpace(1, new long[] { buffered })) {
			dataSet.write(memory, type, memorySpace, fileSpace, DSetMemXferPropList.DEFAULT());
		}
		written += buffered;
		buffered = 0;
	}

	@Override
	public void close() {
		memory.close();
		fileSpace.close();
		dataSet._close();
		dataSet.close();
		type.close();
	}
}
