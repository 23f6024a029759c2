package vn.dondoc.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as RFC 9457 problem details in Vietnamese. */
final class AccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, request, 401, "https://dondoc.vn/problems/unauthenticated",
                "Chưa xác thực",
                "Cần mã truy cập hợp lệ (Authorization: Bearer …) để dùng chức năng này");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException e) throws IOException {
        forbid(request, response, e instanceof WallException ? e.getMessage()
                : "Tài khoản của bạn không được phép thực hiện thao tác này");
    }

    /** A 403 with the given detail. */
    void forbid(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        write(response, request, 403, "https://dondoc.vn/problems/forbidden", "Không có quyền thực hiện", detail);
    }

    private static void write(HttpServletResponse response, HttpServletRequest request, int status,
            String type, String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
