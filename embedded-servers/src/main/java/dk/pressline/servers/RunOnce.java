package dk.pressline.servers;

import java.util.concurrent.atomic.AtomicBoolean;

/** Runs an action the first time it is called, for stops that both close() and a shutdown hook may trigger. */
final class RunOnce implements Runnable {

    private final Runnable action;
    private final AtomicBoolean done = new AtomicBoolean();

    RunOnce(Runnable action) {
        this.action = action;
    }

    @Override
    public void run() {
        if (done.compareAndSet(false, true)) {
            action.run();
        }
    }
}
