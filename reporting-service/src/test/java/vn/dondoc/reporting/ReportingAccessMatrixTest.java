package vn.dondoc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.eventing.testing.AccessMatrix.ALLOWED;
import static vn.dondoc.eventing.testing.AccessMatrix.Role.LEADERSHIP;
import static vn.dondoc.eventing.testing.AccessMatrix.Role.OFFICE;
import static vn.dondoc.eventing.testing.AccessMatrix.Role.PROVINCE;
import static vn.dondoc.eventing.testing.AccessMatrix.Role.UNIT;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.AccessMatrix;
import vn.dondoc.eventing.testing.AccessMatrix.Request;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.eventing.testing.TopicOffsets;
import vn.dondoc.security.Caller;

/**
 * Every endpoint of reporting-service × office, leadership, unit, province × own unit, another
 * unit, another department, another province (see {@link AccessMatrix}): SKHCN.VP, SKHCN.QLKH and
 * SDTTG.VP each lead a task of Q3/2026 and have submitted their Q3 report; a plan of UBND tỉnh names
 * SKHCN.VP and SDTTG.VP.
 */
class ReportingAccessMatrixTest extends ReportingHttpTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointKeepsEachDepartmentBehindItsWall() throws Exception {
        for (String unit : List.of(AccessMatrix.UNIT, AccessMatrix.OTHER_UNIT, AccessMatrix.FOREIGN_UNIT)) {
            sendTaskAssigned(unit, Caller.departmentOf(unit), "T1", "LEAD", "\"2026-09-30\"", "2026-08-01T02:00:00Z");
        }
        for (String unit : List.of(AccessMatrix.UNIT, AccessMatrix.OTHER_UNIT, AccessMatrix.FOREIGN_UNIT)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> get("/units/" + unit + "/figures?period=2026-Q3",
                    TestTokens.unit(unit)).statusCode() == 200);
            assertThat(post("/units/" + unit + "/reports", "{\"period\":\"2026-Q3\",\"results\":\"Đã rà soát\"}")
                    .statusCode()).isEqualTo(201);
        }

        String provincialPlan = "UBND-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        topics().sendCloudEvent(Topics.PLAN_ISSUED, provincialPlan, eventId, EventTypes.PLAN_ISSUED, """
                {"eventId":"%s","occurredAt":"2026-07-01T02:00:00Z","planId":"%s","number":"38/KH-UBND",
                 "title":"Kế hoạch của UBND tỉnh","departmentCode":"UBND","issuedOn":"2026-07-01",
                 "tasks":[{"taskId":"T1","number":"1","content":"Rà soát","leadUnits":["SKHCN.VP"],
                 "coordinatorUnits":["SDTTG.VP"]}]}""".formatted(eventId, provincialPlan));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/provincial-plans/" + provincialPlan
                + "/rollup?period=2026-Q3", TestTokens.province()).statusCode() == 200);

        try (TopicOffsets topics = new TopicOffsets(brokers(), List.of(Topics.REPORT_DUE,
                Topics.UNIT_REPORT_SUBMITTED, Topics.DEPARTMENT_REPORT_SUBMITTED))) {
            AccessMatrix matrix = new AccessMatrix("http://127.0.0.1:" + port, mongo.getDb(), topics);
            matrix.endpoint("POST /units/{unitCode}/reports", target -> Request.json("POST",
                    "/units/" + target.unit() + "/reports", "{\"period\":\"2026-Q3\",\"results\":\"Đã rà soát\"}"))
                    .roles(UNIT).unitScoped().foreign(403);
            matrix.endpoint("GET /units/{unitCode}/reports/{period}",
                    target -> Request.get("/units/" + target.unit() + "/reports/2026-Q3")).unitScoped().foreign(403);
            matrix.endpoint("GET /units/counts", target -> Request.get("/units/counts"))
                    .roles(OFFICE, LEADERSHIP, PROVINCE).foreign(ALLOWED);
            matrix.endpoint("GET /units/{unitCode}/counts",
                    target -> Request.get("/units/" + target.unit() + "/counts")).unitScoped().foreign(403);
            matrix.endpoint("GET /units/{unitCode}/figures",
                    target -> Request.get("/units/" + target.unit() + "/figures?period=2026-Q3")).unitScoped()
                    .foreign(403);
            matrix.endpoint("GET /units/{unitCode}/reports-due",
                    target -> Request.get("/units/" + target.unit() + "/reports-due")).unitScoped().foreign(403);
            for (String format : List.of("", "/xlsx", "/docx")) {
                matrix.endpoint("GET /departments/{department}/reports/{period}" + format, target -> Request.get(
                        "/departments/" + target.department() + "/reports/2026-Q3" + format))
                        .roles(OFFICE, LEADERSHIP, PROVINCE).foreign(403);
            }
            matrix.endpoint("GET /departments/{department}/rankings", target -> Request.get(
                    "/departments/" + target.department() + "/rankings?period=2026-Q3"))
                    .roles(OFFICE, LEADERSHIP, PROVINCE).foreign(403);
            matrix.endpoint("GET /provincial-plans/{planId}/rollup", target -> Request.get(
                    "/provincial-plans/" + provincialPlan + "/rollup?period=2026-Q3"))
                    .roles(OFFICE, LEADERSHIP, PROVINCE).foreign(ALLOWED);
            matrix.endpoint("GET /calendar/{year}", target -> Request.get("/calendar/2026")).foreign(ALLOWED);
            matrix.endpoint("POST /departments/{department}/reports", target -> Request.json("POST",
                    "/departments/" + target.department() + "/reports", "{\"period\":\"2026-Q3\"}"))
                    .roles(OFFICE, LEADERSHIP).foreign(403);

            matrix.apiDescription();

            int cases = matrix.run("reporting-service", AccessMatrix.keys(mappings.getHandlerMethods().keySet()));

            assertThat(cases).isEqualTo((13 + AccessMatrix.API_DESCRIPTION.size()) * 16);
        }
    }
}
