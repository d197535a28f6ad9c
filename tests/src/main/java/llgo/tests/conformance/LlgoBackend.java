/*
 * The llgo compiler under test. Cases compile in-process (llgo.build.Compiler) inside
 * long-lived worker JVMs, one case at a time per worker, as many workers as runner
 * threads; a worker that crashes or exceeds the compile time limit is killed and replaced,
 * and only that case fails (as a compiler crash or timeout). RUN builds an executable
 * (Compiler.build); COMPILE and ERRORCHECK compile the package alone without linking, with
 * any package name and every error reported (Compiler.compilePackage), as run.go's
 * "go tool compile -e -p=p" does.
 */
package llgo.tests.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

public final class LlgoBackend implements Backend {
    private final BlockingQueue<LlgoWorkerProcess> idle = new LinkedBlockingQueue<>();
    private final List<LlgoWorkerProcess> all = new ArrayList<>();

    /** @param workers how many cases may compile at once (worker JVMs start on first use) */
    public LlgoBackend(int workers) {
        for (int i = 0; i < workers; i++) {
            LlgoWorkerProcess worker = new LlgoWorkerProcess(LlgoWorkerProcess.defaultCommand());
            all.add(worker);
            idle.add(worker);
        }
    }

    @Override
    public String name() {
        return "llgo";
    }

    @Override
    public CompileOutcome compile(CompileRequest request) {
        LlgoWorkerProcess worker;
        try {
            worker = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CompileOutcome(CompileOutcome.Status.CRASHED, "interrupted");
        }
        try {
            return worker.compile(WorkerProtocol.Mode.of(request.action()), request.sources(),
                    request.executable(), request.timeLimit());
        } finally {
            idle.add(worker);
        }
    }

    @Override
    public void close() {
        all.forEach(LlgoWorkerProcess::stop);
    }
}
