package vn.dondoc.eventing;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.cloud.stream.binder.kafka.support.ConsumerConfigCustomizer;

/**
 * Kafka static membership for the instance named by {@code dondoc.eventing.instance-id}: each
 * binding's consumer joins its group as {@code <instance-id>.<binding>} (spring-kafka adds the
 * consumer's index: {@code task-1.planIssued-in-0-0}; unique in the group, the
 * same after a restart). An instance killed and started again under the same name takes its
 * partitions back at once, where a dynamic member's partitions stay with the dead one until its
 * group session (45 s) runs out. Without a name (the default) members are dynamic.
 */
final class StaticGroupMembership implements ConsumerConfigCustomizer {

    private final String instanceId;

    StaticGroupMembership(String instanceId) {
        this.instanceId = instanceId == null ? "" : instanceId.strip();
    }

    @Override
    public void configure(Map<String, Object> consumerProperties, String bindingName, String destination) {
        if (!instanceId.isEmpty()) {
            consumerProperties.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId + "." + bindingName);
        }
    }
}
