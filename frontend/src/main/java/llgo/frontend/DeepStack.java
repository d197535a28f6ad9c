/*
 * Runs the frontend's recursive stages on threads with a stack of known size. The parser,
 * the syntax-tree builders and the type checker recurse once per level of syntactic
 * nesting; how deep the caller's own stack is depends on the JVM and its -Xss flag and is
 * unknowable here, so instead of a nesting limit small enough for any stack (a few hundred
 * levels, which generated code exceeds) every stage runs on one of these threads. Their
 * 1 GiB stack is reserved address space, committed only as far as it is used; it holds
 * the parser's deepest accepted nesting (GoParserBase.MAX_DEPTH rules) with a wide margin
 * for every later stage; llgo-build runs its whole front half (parse, check, SSA, codegen)
 * on one, since the SSA builder and codegen recurse on the syntax tree too. A call made
 * on such a thread runs directly: the Loader's worker pool (fixedPool) is made of these
 * threads, so that the packages it parses and checks never hand a file over to another
 * thread.
 */
package llgo.frontend;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

public final class DeepStack {
    /** The stack size of every deep-stack thread. */
    public static final long STACK_BYTES = 1L << 30;

    private static final ThreadGroup GROUP = new ThreadGroup("llgo-deep-stack");

    /** Daemon threads, kept for a minute between calls. */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(GROUP, task, "llgo-deep-stack", STACK_BYTES);
        t.setDaemon(true);
        return t;
    });

    private DeepStack() {}

    /**
     * A pool of n daemon deep-stack threads with this name, taking their tasks from the
     * given queue (which may order them by priority): calls made on them run directly.
     */
    public static ExecutorService fixedPool(int n, String name, BlockingQueue<Runnable> queue) {
        return new ThreadPoolExecutor(n, n, 0L, TimeUnit.MILLISECONDS, queue, task -> {
            Thread t = new Thread(GROUP, task, name, STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /** A computation that may throw a checked exception of type E. */
    @FunctionalInterface
    public interface Task<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Returns {@code task.run()}, run on a deep-stack thread; whatever the task throws is
     * rethrown here as it is. If this thread is interrupted while waiting, the task is
     * cancelled and a RuntimeException is thrown.
     */
    public static <T, E extends Exception> T call(Task<T, E> task) throws E {
        if (Thread.currentThread().getThreadGroup() == GROUP) return task.run();
        Future<T> result = THREADS.submit(task::run);
        try {
            return result.get();
        } catch (ExecutionException e) {
            return rethrow(e.getCause());
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Throws the task's own exception: unchecked ones as they are, a checked one as the task's E. */
    @SuppressWarnings("unchecked")
    private static <T, E extends Exception> T rethrow(Throwable cause) throws E {
        if (cause instanceof RuntimeException r) throw r;
        if (cause instanceof Error err) throw err;
        throw (E) cause;
    }
}
