package vn.dondoc.reporting.assignmentstatus.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import vn.dondoc.contracts.Topics;

/**
 * Creates {@code assignment-status} compacted before the first state is relayed (no consumer of this
 * service creates it; a broker's automatic creation would keep records by time, not by key).
 */
@Configuration(proxyBeanMethods = false)
class AssignmentStatusTopic {

    @Bean
    NewTopic compactedAssignmentStatus() {
        return TopicBuilder.name(Topics.ASSIGNMENT_STATUS).partitions(3).compact().build();
    }
}
