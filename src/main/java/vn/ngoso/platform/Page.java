package vn.ngoso.platform;

import java.util.List;

/** One page of a list, with the total to draw the pager. */
public record Page<T>(List<T> items, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
