package vn.dondoc.webapp.services;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import tools.jackson.databind.json.JsonMapper;

/** Turns a service's error answer into a {@link ServiceProblem}. */
final class ProblemReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemReader() {
    }

    @SuppressWarnings("unchecked")
    static ServiceProblem read(HttpRequest request, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        String body;
        try (InputStream in = response.getBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Object> problem;
        try {
            problem = body.isBlank() ? Map.of() : JSON.readValue(body, Map.class);
        } catch (RuntimeException e) {
            problem = Map.of();
        }
        List<ServiceProblem.FieldError> errors = new ArrayList<>();
        if (problem.get("errors") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> error) {
                    errors.add(new ServiceProblem.FieldError(text(error.get("field")), text(error.get("message"))));
                }
            }
        }
        String title = text(problem.get("title"));
        String detail = text(problem.get("detail"));
        if (title == null) {
            title = switch (status) {
                case 403 -> "Không có quyền thực hiện";
                case 404 -> "Không tìm thấy";
                default -> "Yêu cầu không thực hiện được";
            };
        }
        return new ServiceProblem(status, title, detail, errors);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
