package vn.dondoc.web.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import vn.dondoc.web.ListPage;

/**
 * The conventions of every service's API, written into its OpenAPI description: bearer tokens
 * (JWT) on every operation ({@value #BEARER}); errors as RFC 9457 problem details in Vietnamese
 * ({@value #PROBLEM}, {@code application/problem+json}): 400 where a request carries parameters or
 * a body, 401 and 403 everywhere, 404 where the path names an object; list endpoints' {@code page},
 * {@code size} and {@value ListPage#TOTAL_COUNT} ({@link ListPage}).
 */
public final class ApiConventions {

    /** The security scheme's name. */
    public static final String BEARER = "bearer";

    /** The problem detail's schema name. */
    public static final String PROBLEM = "Problem";

    /** The problem detail's schema, for an endpoint's own problem answers ({@code @Schema(ref = PROBLEM_REF)}). */
    public static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    /** The media type of problem details. */
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://dondoc.vn/problems/";

    private ApiConventions() {
    }

    /** Adds the shared components and the bearer requirement to a service's description. */
    static void describe(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        Components components = api.getComponents();
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("Mã truy cập (JWT) của nhà cung cấp định danh, gửi trong "
                        + "Authorization: Bearer …; khi chạy thử trên máy: ./mint-token.sh"));
        components.addSchemas("FieldProblem", object("Lỗi của một trường dữ liệu",
                fieldProblem(), List.of("field", "message")));
        Map<String, Schema> problem = new LinkedHashMap<>();
        problem.put("type", string("Loại lỗi: https://dondoc.vn/problems/<loại> (có thể vắng)").format("uri"));
        problem.put("title", string("Tên ngắn của loại lỗi, bằng tiếng Việt"));
        problem.put("status", integer("Mã trạng thái HTTP"));
        problem.put("detail", string("Giải thích cho trường hợp này, bằng tiếng Việt"));
        problem.put("instance", string("Địa chỉ của yêu cầu").format("uri-reference"));
        problem.put("errors", array("Lỗi theo từng trường (chỉ với 400)", new Schema<>().$ref("#/components/schemas/FieldProblem")));
        components.addSchemas(PROBLEM, object("Mô tả lỗi theo RFC 9457 (application/problem+json); chức năng "
                + "nào có lỗi riêng thì thêm trường (ví dụ number của kế hoạch đã tồn tại)", problem, List.of())
                .additionalProperties(true));
        components.addResponses("BadRequest", problemResponse("Yêu cầu không hợp lệ: tham số, trang hoặc nội dung",
                example(400, "invalid-page", "Trang danh sách không hợp lệ",
                        "Số mục mỗi trang (size) phải từ 1 đến 500, nhận được 1000", "/plans",
                        List.of(Map.of("field", "size", "message",
                                "Số mục mỗi trang (size) phải từ 1 đến 500, nhận được 1000")))));
        components.addResponses("Unauthenticated", problemResponse("Thiếu mã truy cập, hoặc mã không hợp lệ hay đã hết hạn",
                example(401, "unauthenticated", "Chưa xác thực",
                        "Cần mã truy cập hợp lệ (Authorization: Bearer …) để dùng chức năng này", "/plans", null)));
        components.addResponses("Forbidden", problemResponse("Vai trò, sở/ban/ngành hoặc tỉnh của mã truy cập không được phép",
                example(403, "forbidden", "Không có quyền thực hiện",
                        "Chỉ đơn vị SKHCN.VP được thao tác trên phân công của mình", "/assignments/a1/acknowledgement",
                        null)));
        components.addResponses("NotFound", new ApiResponse().description(
                "Không có đối tượng này, hoặc nó thuộc sở/ban/ngành khác (không được xem)"));
        components.addHeaders(ListPage.TOTAL_COUNT, new Header().description("Số mục trên mọi trang cộng lại")
                .schema(integer(null).minimum(BigDecimal.ZERO)));
        api.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
    }

    /** Adds the problem responses, and for a list endpoint its paging, to one operation. */
    static Operation describe(Operation operation, HandlerMethod handler) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (isPaged(parameters)) {
            for (Parameter parameter : parameters) {
                // a schema of its own: springdoc shares one between parameters of the same type
                if ("page".equals(parameter.getName())) {
                    parameter.description("Số trang, từ 0 (mặc định 0)")
                            .schema(integer(null).minimum(BigDecimal.ZERO)._default(0));
                } else if ("size".equals(parameter.getName())) {
                    parameter.description("Số mục mỗi trang, 1–" + ListPage.MAX_SIZE + " (mặc định "
                            + ListPage.DEFAULT_SIZE + ")").schema(integer(null).minimum(BigDecimal.ONE)
                                    .maximum(BigDecimal.valueOf(ListPage.MAX_SIZE))._default(ListPage.DEFAULT_SIZE));
                }
            }
            ApiResponse ok = responses.get("200");
            if (ok != null) {
                ok.addHeaderObject(ListPage.TOTAL_COUNT, new Header().$ref("#/components/headers/" + ListPage.TOTAL_COUNT));
            }
        }
        selectors(operation, parameters, handler);
        if (!parameters.isEmpty() || operation.getRequestBody() != null) {
            putIfAbsent(responses, "400", "BadRequest");
        }
        putIfAbsent(responses, "401", "Unauthenticated");
        putIfAbsent(responses, "403", "Forbidden");
        if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
            putIfAbsent(responses, "404", "NotFound");
        }
        return operation;
    }

    /**
     * Several mappings on one path and method, told apart by a required query parameter
     * ({@code GET /plans?parent}, {@code GET /plans?department}), are one operation in OpenAPI: each
     * selecting parameter is optional there and says that it chooses the list.
     */
    private static void selectors(Operation operation, List<Parameter> parameters, HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (mapping == null || mapping.params().length == 0) {
            return;
        }
        for (String selector : mapping.params()) {
            for (Parameter parameter : parameters) {
                if (selector.equals(parameter.getName())) {
                    parameter.required(false).description(Objects.requireNonNullElse(parameter.getDescription(),
                            "Chọn danh sách: với " + selector + " (" + operation.getOperationId() + ")"));
                }
            }
        }
    }

    private static Map<String, Schema> fieldProblem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", string("Tên trường (page, number, tasks[0].leadUnits, …)"));
        properties.put("message", string("Lý do, bằng tiếng Việt"));
        return properties;
    }

    private static boolean isPaged(List<Parameter> parameters) {
        Set<String> query = new java.util.HashSet<>();
        parameters.stream().filter(parameter -> "query".equals(parameter.getIn()))
                .forEach(parameter -> query.add(parameter.getName()));
        return query.contains("page") && query.contains("size");
    }

    private static void putIfAbsent(ApiResponses responses, String status, String component) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + component));
        }
    }

    private static ApiResponse problemResponse(String description, Map<String, Object> example) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))
                        .examples(Map.of("vi", new Example().summary((String) example.get("title")).value(example)))));
    }

    private static Map<String, Object> example(int status, String type, String title, String detail, String instance,
            List<Map<String, String>> errors) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", TYPES + type);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", instance);
        if (errors != null) {
            example.put("errors", errors);
        }
        return example;
    }

    private static Schema<Object> typed(String type, String description) {
        Schema<Object> schema = new Schema<>();
        schema.type(type);
        schema.types(Set.of(type));
        return description == null ? schema : schema.description(description);
    }

    private static Schema<Object> string(String description) {
        return typed("string", description);
    }

    private static Schema<Object> integer(String description) {
        return typed("integer", description).format("int32");
    }

    private static Schema<Object> array(String description, Schema<?> items) {
        return typed("array", description).items(items);
    }

    private static Schema<Object> object(String description, Map<String, Schema> properties, List<String> required) {
        Schema<Object> schema = typed("object", description);
        schema.setProperties(new LinkedHashMap<>(properties));
        if (!required.isEmpty()) {
            schema.setRequired(required);
        }
        return schema;
    }
}
