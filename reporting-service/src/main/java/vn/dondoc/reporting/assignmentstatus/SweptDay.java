package vn.dondoc.reporting.assignmentstatus;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The last day on which every assignment's status was re-evaluated (one document). */
@Document("assignment_status_sweep")
record SweptDay(@Id String id, LocalDate day) {

    static final String ID = "daily";
}
