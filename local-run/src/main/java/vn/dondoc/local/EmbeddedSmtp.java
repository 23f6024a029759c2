package vn.dondoc.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process SMTP server (GreenMail) on 127.0.0.1 that accepts every message without
 * authentication and copies what it received into a {@link MailFolder} every half second.
 */
public final class EmbeddedSmtp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtp.class);

    private final MailFolder mail;
    private final int port;
    private GreenMail server;
    private ScheduledExecutorService copier;

    /** {@code port} 0 picks a free port. */
    public EmbeddedSmtp(MailFolder mail, int port) {
        this.mail = mail;
        this.port = port;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail smtp = new GreenMail(port == 0 ? setup.dynamicPort() : setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        server = smtp;
        copier = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "smtp-mail-folder");
            thread.setDaemon(true);
            return thread;
        });
        copier.scheduleWithFixedDelay(this::copy, 500, 500, TimeUnit.MILLISECONDS);
        log.info("Embedded SMTP server on 127.0.0.1:{}; received mail is written to {}", port(), mail.folder());
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** Writes what arrived since the last copy into the folder. */
    public void copy() {
        try {
            mail.save(server.getReceivedMessages());
        } catch (Exception e) {
            log.warn("Could not write received mail to {}: {}", mail.folder(), e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        copier.shutdownNow();
        copy();
        server.stop();
        server = null;
        log.info("Embedded SMTP server stopped");
    }
}
