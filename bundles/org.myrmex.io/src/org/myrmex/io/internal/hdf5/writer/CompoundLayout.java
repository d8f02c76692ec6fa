// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.hdf5.writer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.bytedeco.hdf5.CompType;
import org.bytedeco.hdf5.DataType;
import org.bytedeco.hdf5.global.hdf5;

/**
 * A packed compound row type (a numpy structured dtype without alignment): named members at consecutive byte
 * offsets. Callers fill rows at {@link #offset(String)} with a little-endian buffer.
 */
public final class CompoundLayout {
	/** One member: its name, type and byte offset within the row. */
	public record Member(String name, Field field, int offset) {
	}

	private final List<Member> members;
	private final int size;

	private CompoundLayout(List<Member> members, int size) {
		this.members = members;
		this.size = size;
	}

	/** Starts a layout; add members in row order. */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the row size in bytes */
	public int size() {
		return size;
	}

	/** @return the members in row order */
	public List<Member> members() {
		return members;
	}

	/**
	 * @return the byte offset of a member
	 * @throws IllegalArgumentException when there is no such member
	 */
	public int offset(String name) {
		for (Member member : members) {
			if (member.name().equals(name)) {
				return member.offset();
			}
		}
		throw new IllegalArgumentException("no member '" + name + "' in " + members);
	}

	/**
	 * @return a new HDF5 compound type of this layout; the caller closes it. It serves as file and memory type
	 *         alike: the members are little-endian, as the rows are filled.
	 */
	public CompType create() {
		CompType type = new CompType(hdf5.H5Tcreate(hdf5.H5T_COMPOUND, size));
		for (Member member : members) {
			if (member.field() == Field.BOOL) {
				try (DataType bool = Field.bool()) {
					type.insertMember(member.name(), member.offset(), bool);
				}
			} else {
				type.insertMember(member.name(), member.offset(), member.field().predefined());
			}
		}
		return type;
	}

	/** Collects members in row order. */
	public static final class Builder {
		private final List<Member> members = new ArrayList<>();
		private int size;

		private Builder() {
		}

		/** Appends a member after the previous one. */
		public Builder add(String name, Field field) {
			members.add(new Member(name, field, size));
			size += field.size();
			return this;
		}

		/** @return the layout */
		public CompoundLayout build() {
			return new CompoundLayout(Collections.unmodifiableList(new ArrayList<>(members)), size);
		}
	}
}
