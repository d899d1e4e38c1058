package vn.ngoso.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A request whose body fails once more bytes are read than the limit allows, whatever its headers
 * said: a body sent in chunks has no Content-Length, and a stated length is only a claim. Reading
 * goes through the input stream (the reader is built on it), so neither way gets past the count.
 */
final class LimitedBody extends HttpServletRequestWrapper {

	private final long maxBytes;

	private @Nullable Counted stream;

	private @Nullable BufferedReader reader;

	private boolean passed;

	LimitedBody(HttpServletRequest request, long maxBytes) {
		super(request);
		this.maxBytes = maxBytes;
	}

	/** Whether a reader went past the limit (whoever caught the failure). */
	boolean passed() {
		return passed;
	}

	/** Whether this failure, or one of its causes, is a body read past its limit. */
	static boolean passedIn(@Nullable Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof TooLarge) {
				return true;
			}
		}
		return false;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (stream == null) {
			stream = new Counted(super.getInputStream());
		}
		return stream;
	}

	@Override
	public BufferedReader getReader() throws IOException {
		if (reader == null) {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}
		return reader;
	}

	/** The body went past its limit. */
	static final class TooLarge extends IOException {

		TooLarge(long maxBytes) {
			super("request body over " + maxBytes + " bytes");
		}
	}

	private final class Counted extends ServletInputStream {

		private final ServletInputStream in;

		private long count;

		Counted(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = in.read(b, off, len);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws TooLarge {
			count += n;
			if (count > maxBytes) {
				passed = true;
				throw new TooLarge(maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}
	}
}
