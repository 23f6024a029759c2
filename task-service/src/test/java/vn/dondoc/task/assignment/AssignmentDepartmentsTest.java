package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dondoc.eventing.testing.InMemoryMongo;

class AssignmentDepartmentsTest {

    private final MongoTemplate mongo = new MongoTemplate(
            MongoClients.create(InMemoryMongo.connectionString()), "assignment-departments-" + UUID.randomUUID());
    private final AssignmentDepartments departments = new AssignmentDepartments(mongo);

    @Test
    void givesOlderAssignmentsTheirUnitsDepartmentOnceAndThenNoLongerLooks() {
        mongo.insert(new Document("_id", "a-1").append("unitCode", "SKHCN.VP"), "assignments");
        mongo.insert(new Document("_id", "a-2").append("unitCode", "SXD.TTr"), "assignments");

        departments.backfill();

        assertThat(departmentOf("a-1")).isEqualTo("SKHCN");
        assertThat(departmentOf("a-2")).isEqualTo("SXD");
        assertThat(mongo.findById(AssignmentDepartments.MARKER, Document.class, AssignmentDepartments.MIGRATIONS))
                .as("the completed backfill is recorded").isNotNull();

        // written after the migration completed (no version of the service writes one without it now)
        mongo.insert(new Document("_id", "a-3").append("unitCode", "SKHCN.VP"), "assignments");
        departments.backfill();
        assertThat(departmentOf("a-3")).as("a later start does not scan the collection again").isNull();
    }

    private String departmentOf(String id) {
        return mongo.findById(id, Document.class, "assignments").getString("unitDepartment");
    }
}
