package vn.dondoc.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every log line written while a request is handled carries its trace id ({@code trace.id} in the
 * log context, a field of a structured log such as {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}):
 * the trace id of the caller's W3C {@code traceparent} header, so one user action is one id across
 * the web application and the services, or a new one. The answer's {@code traceparent} names it, so a
 * caller can quote it to an operator.
 */
public class TraceContextFilter extends OncePerRequestFilter {

    public static final String TRACE_ID = "trace.id";
    static final String TRACEPARENT = "traceparent";

    private static final Pattern W3C = Pattern.compile("^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$");
    private static final String NO_TRACE = "0".repeat(32);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String traceId = traceIdOf(request.getHeader(TRACEPARENT));
        MDC.put(TRACE_ID, traceId);
        response.setHeader(TRACEPARENT, "00-" + traceId + "-" + random(8) + "-01");
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(TRACE_ID);
        }
    }

    /** The caller's trace id, if its {@code traceparent} is a valid W3C one; else a new id. */
    static String traceIdOf(String traceparent) {
        if (traceparent != null) {
            Matcher header = W3C.matcher(traceparent.strip());
            if (header.matches() && !header.group(1).equals(NO_TRACE)) {
                return header.group(1);
            }
        }
        return random(16);
    }

    private static String random(int bytes) {
        byte[] id = new byte[bytes];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }
}
