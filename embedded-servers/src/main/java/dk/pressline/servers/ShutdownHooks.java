package dk.pressline.servers;

/** Registers and removes JVM shutdown hooks without failing while the JVM is already shutting down. */
final class ShutdownHooks {

    private ShutdownHooks() {}

    static Thread register(String name, Runnable action) {
        Thread hook = new Thread(action, name);
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    static void remove(Thread hook) {
        if (hook == null || hook == Thread.currentThread()) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            // the hook runs anyway; nothing to remove
        }
    }
}
