package lv.balticom.privacy.distribution;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the operator where the platform answers once it does. */
@Singleton
final class ReadyMessage implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyMessage.class);

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        String base = event.getSource().getURL().toString();
        LOG.info("Balticom Privacy Platform is ready. Console: {}/console  API: {}/api/v1  Health: {}/health",
                base, base, base);
    }
}
