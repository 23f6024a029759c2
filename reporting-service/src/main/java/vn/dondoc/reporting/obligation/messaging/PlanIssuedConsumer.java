package vn.dondoc.reporting.obligation.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.PlanIssued;
import vn.dondoc.eventing.CloudEventReader;
import vn.dondoc.eventing.CloudEventReader.ReceivedEvent;
import vn.dondoc.reporting.obligation.PlanCoverage;
import vn.dondoc.reporting.obligation.PlanCoverages;
import vn.dondoc.reporting.obligation.PlanLink;
import vn.dondoc.reporting.obligation.PlanLinks;
import vn.dondoc.reporting.obligation.ReportScheduling;
import vn.dondoc.security.Caller;
import vn.dondoc.vocabulary.Coverage;

/**
 * Binding {@code planIssued-in-0}: the plan's reporting requirement selects the regimes its units
 * report under; its coverage bounds the periods its continuous tasks count in; its link to the plan
 * of UBND tỉnh it implements feeds the provincial rollup; the lead units of its event-driven tasks
 * owe reports from the start, as the units given work do.
 */
@Configuration(proxyBeanMethods = false)
class PlanIssuedConsumer {

    @Bean
    Consumer<Message<byte[]>> planIssued(CloudEventReader reader, ReportScheduling scheduling,
            PlanCoverages coverages, PlanLinks links) {
        return message -> {
            ReceivedEvent<PlanIssued> received = reader.read(message, PlanIssued.class);
            PlanIssued plan = received.data();
            Coverage coverage = Coverage.of(plan.coverageStart(), plan.coverageEnd(), plan.issuedOn());
            coverages.record(new PlanCoverage(plan.planId(), coverage.start(), coverage.end(), received.id()));
            PlanLink link = PlanLink.of(plan, received.id());
            links.record(link);
            scheduling.planIssued(plan.planId(), plan.departmentCode(), plan.reportingText(), plan.reportingPeriods(),
                    received.id());
            // a unit leading only event-driven tasks reports "không phát sinh" before any occurrence
            link.eventDrivenLeads().forEach(unit -> scheduling.scheduleFor(unit, Caller.departmentOf(unit),
                    plan.planId()));
        };
    }
}
