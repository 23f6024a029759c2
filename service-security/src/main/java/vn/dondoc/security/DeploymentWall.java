package vn.dondoc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One deployment serves one province ({@code dondoc.province}): a token of another province, or
 * without a department (other than the province's), or of a unit outside its department, is
 * refused (403) on every path before any rule runs.
 */
final class DeploymentWall extends OncePerRequestFilter {

    private final String province;
    private final AccessProblems problems;

    DeploymentWall(String province, AccessProblems problems) {
        this.province = province;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = Caller.of(SecurityContextHolder.getContext().getAuthentication());
        if (caller.isPresent() && !province.equals(caller.get().province())) {
            problems.forbid(request, response, "Tài khoản thuộc tỉnh khác, không dùng được hệ thống của tỉnh "
                    + province);
        } else if (caller.isPresent() && !caller.get().wellFormed()) {
            problems.forbid(request, response, "Mã truy cập không nêu vai trò và sở (đơn vị) của tài khoản");
        } else {
            chain.doFilter(request, response);
        }
    }
}
