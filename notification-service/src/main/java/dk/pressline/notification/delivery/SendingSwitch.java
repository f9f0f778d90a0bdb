package dk.pressline.notification.delivery;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Whether the sender is to go on: off as soon as its listener container is asked to stop, so a batch in hand stops
 * after the mail being sent and leaves the rest to be redelivered, rather than delaying the shutdown by a batch.
 */
@Component
public class SendingSwitch {

    private final AtomicReference<MessageListenerContainer> container = new AtomicReference<>();

    public void follow(MessageListenerContainer sendingContainer) {
        container.set(sendingContainer);
    }

    public boolean on() {
        var followed = container.get();
        return followed == null || followed.isRunning();
    }
}
