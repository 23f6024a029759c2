package vn.dondoc.plan.draft.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.plan.draft.PlanDraft;
import vn.dondoc.plan.draft.PlanDrafting;
import vn.dondoc.plan.importing.NotAPlanException;
import vn.dondoc.plan.plan.Plan;
import vn.dondoc.security.Caller;
import vn.dondoc.web.ListPage;

/**
 * Imports plan documents into drafts, lets the office correct them and issues them. A draft is made
 * for the caller's department ({@code department}, when given, must be it: 403 otherwise) and a
 * draft of another department is answered as absent (404).
 */
@RestController
@RequestMapping("/plan-drafts")
class DraftController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final PlanDrafting drafting;
    private final long maxBytes;

    DraftController(PlanDrafting drafting, @Value("${plan.import.max-bytes:5242880}") long maxBytes) {
        this.drafting = drafting;
        this.maxBytes = maxBytes;
    }

    /** The document as UTF-8 text (as in the seeds). {@code department} is needed when it has no symbol. */
    @PostMapping(consumes = {"text/plain", "text/markdown", "application/octet-stream"})
    @Operation(summary = "Nhập văn bản kế hoạch (văn bản UTF-8 hoặc Word .docx) thành bản nháp",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "text/plain", schema = @Schema(type = "string")),
                    @Content(mediaType = "text/markdown", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DOCX, schema = @Schema(type = "string", format = "binary"))}))
    @ApiResponse(responseCode = "201", description = "Bản nháp; Location: /plan-drafts/{id}", useReturnTypeSchema = true)
    ResponseEntity<PlanDraft> importText(@RequestParam(required = false) String department,
            @RequestHeader(value = "Content-Length", required = false) Long length, InputStream in) throws IOException {
        String own = ownDepartment(department);
        return created(drafting.importText(utf8(body(length, in)), own));
    }

    /** The document as Word .docx. */
    @PostMapping(consumes = DOCX)
    @Operation(summary = "Nhập văn bản kế hoạch (văn bản UTF-8 hoặc Word .docx) thành bản nháp",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "text/plain", schema = @Schema(type = "string")),
                    @Content(mediaType = "text/markdown", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DOCX, schema = @Schema(type = "string", format = "binary"))}))
    @ApiResponse(responseCode = "201", description = "Bản nháp; Location: /plan-drafts/{id}", useReturnTypeSchema = true)
    ResponseEntity<PlanDraft> importDocx(@RequestParam(required = false) String department,
            @RequestHeader(value = "Content-Length", required = false) Long length, InputStream in) throws IOException {
        String own = ownDepartment(department);
        byte[] body = body(length, in);
        if (body.length == 0) {
            throw new NotAPlanException("Văn bản rỗng: không có nội dung kế hoạch");
        }
        return created(drafting.importDocx(body, own));
    }

    private byte[] body(Long length, InputStream in) throws IOException {
        if (length != null && length > maxBytes) {
            throw new DocumentTooLargeException(maxBytes);
        }
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            throw new DocumentTooLargeException(maxBytes);
        }
        return body;
    }

    private static ResponseEntity<PlanDraft> created(PlanDraft draft) {
        return ResponseEntity.created(URI.create("/plan-drafts/" + draft.id())).body(draft);
    }

    /**
     * The caller's department's drafts not issued yet, a page ({@link ListPage}) newest first (office,
     * leadership, the provincial office).
     */
    @GetMapping
    ResponseEntity<List<PlanDraft>> openDrafts(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ListPage asked = ListPage.of(page, size);
        Caller caller = Caller.current();
        caller.requireChange(caller.home());
        Page<PlanDraft> found = drafting.openDrafts(caller.home(), asked.page(), asked.size());
        return ListPage.response(found.getContent(), found.getTotalElements());
    }

    @GetMapping("/{id}")
    ResponseEntity<PlanDraft> draft(@PathVariable String id) {
        Caller caller = Caller.current();
        return ResponseEntity.of(drafting.draft(id).filter(draft -> caller.mayRead(draft.departmentCode())));
    }

    @PutMapping("/{id}/tasks/{taskId}")
    ResponseEntity<PlanDraft> correctTask(@PathVariable String id, @PathVariable String taskId,
            @Valid @RequestBody TaskCorrection correction) {
        return ResponseEntity.of(changeable(id).map(draft -> drafting.correctTask(draft, correction.applyTo(taskId,
                draft.tasks().stream().filter(task -> task.taskId().equals(taskId)).findFirst().orElse(null)))));
    }

    /**
     * Corrects the header (number, date, title, coverage, parent plans, signer, reporting); a missing
     * field keeps the imported value. Same wall as a task correction; an issued draft is 409.
     */
    @PutMapping("/{id}/header")
    ResponseEntity<PlanDraft> correctHeader(@PathVariable String id, @Valid @RequestBody HeaderCorrection correction) {
        return ResponseEntity.of(changeable(id).map(draft -> drafting.correctHeader(draft,
                header -> correction.applyTo(header, draft.departmentCode()))));
    }

    @PostMapping("/{id}/issue")
    @ApiResponse(responseCode = "201", description = "Kế hoạch đã ban hành; Location: /plans/{planId}",
            useReturnTypeSchema = true)
    ResponseEntity<Plan> issue(@PathVariable String id, @Valid @RequestBody(required = false) IssueRequest request) {
        PlanDraft draft = changeable(id).orElse(null);
        if (draft == null) {
            return ResponseEntity.notFound().build();
        }
        Plan plan = drafting.issue(draft, request == null ? null : request.number(),
                request == null ? null : request.issuedOn());
        return ResponseEntity.created(URI.create("/plans/" + plan.id())).body(plan);
    }

    /** A draft the caller may not read is absent (404); one it may read but not change is 403. */
    private Optional<PlanDraft> changeable(String id) {
        Caller caller = Caller.current();
        Optional<PlanDraft> draft = drafting.draft(id).filter(found -> caller.mayRead(found.departmentCode()));
        draft.ifPresent(found -> caller.requireChange(found.departmentCode()));
        return draft;
    }

    /**
     * The department a draft is made for: the caller's (the provincial office: the province scope
     * {@code UBND}, for a plan of UBND tỉnh); naming another is refused (403).
     */
    private static String ownDepartment(String department) {
        Caller caller = Caller.current();
        String own = department == null || department.isBlank() ? caller.home() : department.strip();
        caller.requireChange(own);
        return own;
    }

    private static String utf8(byte[] body) {
        if (body == null || body.length == 0) {
            throw new NotAPlanException("Văn bản rỗng: không có nội dung kế hoạch");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new NotAPlanException("Tệp không phải văn bản UTF-8 (có thể là tệp nhị phân)");
        }
    }
}
