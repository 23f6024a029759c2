package vn.dondoc.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.support.GenericMessage;

class ConsumerFailuresTest {

    @Test
    void deadLettersARecordThatCannotBeReadWhereverTheListenerWrappedIt() {
        MalformedEventException malformed = new MalformedEventException("unknown event type: x.v9");

        Exception failure = asTheContainerSeesIt(malformed);

        assertThat(ConsumerFailures.permanent(failure)).isTrue();
        assertThat(ConsumerFailures.reason(failure)).isSameAs(malformed);
    }

    @Test
    void deadLettersAValueTheContractRejects() {
        assertThat(ConsumerFailures.permanent(asTheContainerSeesIt(
                new IllegalArgumentException("quarter must be 1 to 4, was 5")))).isTrue();
    }

    @Test
    void retriesAStoreOutageABrokerTimeoutAndAMissingPredecessor() {
        DataAccessResourceFailureException outage = new DataAccessResourceFailureException("timed out",
                new MongoTimeoutException("Timed out while waiting for a server"));

        assertThat(ConsumerFailures.permanent(asTheContainerSeesIt(outage))).isFalse();
        assertThat(ConsumerFailures.reason(asTheContainerSeesIt(outage)))
                .isInstanceOf(MongoTimeoutException.class);
        assertThat(ConsumerFailures.permanent(asTheContainerSeesIt(new KafkaException("send timed out"))))
                .isFalse();
        assertThat(ConsumerFailures.permanent(asTheContainerSeesIt(
                new AwaitingPredecessorException("plan p not issued here yet")))).isFalse();
    }

    @Test
    void retriesAFailureItDoesNotKnow() {
        assertThat(ConsumerFailures.permanent(asTheContainerSeesIt(new IllegalStateException("?")))).isFalse();
    }

    private static Exception asTheContainerSeesIt(Throwable failure) {
        return new ListenerExecutionFailedException("Listener failed",
                new MessageHandlingException(new GenericMessage<>(new byte[0]), failure));
    }
}
