package vn.dondoc.reporting.unitfigures;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;

/**
 * Publishes task-service's events about plan {@code P7} of {@code SKHCN} (or the plan and department
 * given) on the embedded broker as task-service
 * would (CloudEvents binary mode, key = unit code), one producer for all, and keeps every record
 * so the test can redeliver them. Dates are days in Việt Nam; each event happens at 09:00 that day.
 */
public final class TaskEventFeed implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final List<ProducerRecord<String, String>> sent = new ArrayList<>();
    private final String planId;
    private final String department;

    public TaskEventFeed(String brokers) {
        this(brokers, "P7", "SKHCN");
    }

    public TaskEventFeed(String brokers, String planId, String department) {
        this.planId = planId;
        this.department = department;
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    static String assignmentId(String unit, String task) {
        return "P7:" + task + ":" + unit;
    }

    /** The id of the unit's assignment on the task of this feed's plan. */
    public String idOf(String unit, String task) {
        return planId + ":" + task + ":" + unit;
    }

    public void assigned(String unit, String task, String role, String due, String kind, String on) {
        send(Topics.TASK_ASSIGNED, EventTypes.TASK_ASSIGNED, unit, task, on, """
                "departmentCode":"%s","role":"%s","leadUnits":[],"dueDate":%s,"timeframeKind":%s"""
                .formatted(department, role, quoted(due), quoted(kind)));
    }

    /** task-assigned for one reporting-period instance of a recurring task ({@code 2026-Q1}, {@code 2026-Y}). */
    public void assignedInstance(String unit, String task, String role, String due, String instanceKey,
            String instanceLabel, String on) {
        send(Topics.TASK_ASSIGNED, EventTypes.TASK_ASSIGNED, unit, task, on,
                ("\"departmentCode\":\"%s\",\"role\":\"%s\","
                + "\"leadUnits\":[],\"dueDate\":%s,\"timeframeKind\":\"RECURRING\",\"instanceKey\":\"%s\","
                + "\"instanceLabel\":\"%s\"").formatted(department, role, quoted(due), instanceKey, instanceLabel));
    }

    /** task-assigned for one occurrence ({@code O-…}) of an event-driven task, due on the date the office gave. */
    public void assignedOccurrence(String unit, String task, String due, String occurrenceKey, String on) {
        send(Topics.TASK_ASSIGNED, EventTypes.TASK_ASSIGNED, unit, task, on,
                ("\"departmentCode\":\"%s\",\"role\":\"LEAD\",\"leadUnits\":[],\"dueDate\":%s,"
                + "\"timeframeKind\":\"EVENT_DRIVEN\",\"instanceKey\":\"%s\"").formatted(department, quoted(due),
                occurrenceKey));
    }

    public void acknowledged(String unit, String task, String on) {
        send(Topics.TASK_ACKNOWLEDGED, EventTypes.TASK_ACKNOWLEDGED, unit, task, on, "\"departmentCode\":\"%s\""
                .formatted(department));
    }

    public void progressReported(String unit, String task, int percent, String on) {
        send(Topics.TASK_PROGRESS_REPORTED, EventTypes.TASK_PROGRESS_REPORTED, unit, task, on,
                "\"percent\":%d,\"note\":\"Đang tổng hợp\"".formatted(percent));
    }

    public void submitted(String unit, String task, String on) {
        send(Topics.TASK_RESULT_SUBMITTED, EventTypes.TASK_RESULT_SUBMITTED, unit, task, on,
                "\"summary\":\"Đã hoàn thành\",\"submittedOn\":\"%s\"".formatted(on));
    }

    public void accepted(String unit, String task, String completedOn, String on) {
        send(Topics.TASK_RESULT_REVIEWED, EventTypes.TASK_RESULT_REVIEWED, unit, task, on,
                "\"accepted\":true,\"completedOn\":\"%s\"".formatted(completedOn));
    }

    public void returned(String unit, String task, String on) {
        send(Topics.TASK_RESULT_REVIEWED, EventTypes.TASK_RESULT_REVIEWED, unit, task, on,
                "\"accepted\":false,\"note\":\"Bổ sung số liệu\",\"completedOn\":null");
    }

    public void extended(String unit, String task, String originalDue, String due, String on) {
        send(Topics.TASK_EXTENSION_DECIDED, EventTypes.TASK_EXTENSION_DECIDED, unit, task, on,
                "\"approved\":true,\"originalDueDate\":\"%s\",\"dueDate\":\"%s\",\"approvedExtensions\":1"
                        .formatted(originalDue, due));
    }

    public void extensionRejected(String unit, String task, String due, String on) {
        send(Topics.TASK_EXTENSION_DECIDED, EventTypes.TASK_EXTENSION_DECIDED, unit, task, on,
                "\"approved\":false,\"originalDueDate\":\"%s\",\"dueDate\":\"%s\",\"approvedExtensions\":0"
                        .formatted(due, due));
    }

    public void dueDateChanged(String unit, String task, String previous, String due, String on) {
        send(Topics.TASK_DUE_DATE_CHANGED, EventTypes.TASK_DUE_DATE_CHANGED, unit, task, on,
                "\"previousDueDate\":\"%s\",\"dueDate\":\"%s\",\"planVersion\":2".formatted(previous, due));
    }

    public void refused(String unit, String task, String on) {
        send(Topics.TASK_REFUSED, EventTypes.TASK_REFUSED, unit, task, on,
                "\"reason\":\"Không thuộc chức năng của phòng\"");
    }

    public void withdrawn(String unit, String task, String on) {
        send(Topics.TASK_WITHDRAWN, EventTypes.TASK_WITHDRAWN, unit, task, on, "\"reason\":\"Kế hoạch sửa đổi\"");
    }

    /** task-assignment-changed as task-service sends it: a plan amendment moved the unit to {@code role}. */
    public void roleChanged(String unit, String task, String previousRole, String role, String on) {
        send(Topics.TASK_ASSIGNMENT_CHANGED, EventTypes.TASK_ASSIGNMENT_CHANGED, unit, task, on, changed(previousRole,
                role, "Nội dung nhiệm vụ"));
    }

    /** task-assignment-changed for a new content alone: the role stays. */
    public void contentChanged(String unit, String task, String role, String on) {
        send(Topics.TASK_ASSIGNMENT_CHANGED, EventTypes.TASK_ASSIGNMENT_CHANGED, unit, task, on, changed(role, role,
                "Nội dung nhiệm vụ (sửa đổi)"));
    }

    private static String changed(String previousRole, String role, String content) {
        return ("\"previousRole\":\"%s\",\"role\":\"%s\",\"previousTaskNumber\":\"1\",\"taskNumber\":\"1\","
                + "\"previousTaskContent\":\"Nội dung nhiệm vụ\",\"taskContent\":\"%s\",\"previousLeadUnits\":[],"
                + "\"leadUnits\":[],\"planVersion\":2,\"reason\":\"Điều chỉnh phân công\"")
                .formatted(previousRole, role, content);
    }

    public void flush() {
        producer.flush();
    }

    /** Every record sent so far, again, with the same ids: what an at-least-once relay may do. */
    public void redeliverAll() {
        List.copyOf(sent).forEach(producer::send);
        producer.flush();
    }

    /**
     * One more event per topic for the unit, about assignments of task {@code task} (never counted:
     * assigned after the cut-off); read after everything sent before it for the unit, so its stored
     * document proves those were read too. Returns the ids of the documents to wait for: the
     * assignment's, then the seven lifecycle events' (a role change included).
     */
    List<String> sentinels(String unit, String task, String on) {
        assigned(unit, task, "COORDINATOR", null, null, on);
        submitted(unit, task, on);
        returned(unit, task, on);
        extended(unit, task, on, on, on);
        dueDateChanged(unit, task, on, on, on);
        refused(unit, task, on);
        roleChanged(unit, task, "COORDINATOR", "LEAD", on);
        withdrawn(unit, task, on);
        producer.flush();
        List<String> ids = new ArrayList<>(List.of(idOf(unit, task)));
        sent.subList(sent.size() - 7, sent.size()).forEach(record -> ids.add(new String(
                record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8)));
        return ids;
    }

    private void send(String topic, String type, String unit, String task, String on, String fields) {
        String eventId = UUID.randomUUID().toString();
        String json = """
                {"eventId":"%s","occurredAt":"%sT02:00:00Z","assignmentId":"%s","planId":"%s","taskId":"%s",
                 "unitCode":"%s","actor":"chuyen-vien",%s}""".formatted(eventId, on, idOf(unit, task), planId, task,
                unit, fields);
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, unit, json);
        Map.of("ce_id", eventId, "ce_type", type, "ce_source", "/dondoc/task-service", "ce_specversion", "1.0",
                "content-type", "application/json").forEach((name, value) ->
                        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        sent.add(record);
        producer.send(record);
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    @Override
    public void close() {
        producer.close();
    }
}
