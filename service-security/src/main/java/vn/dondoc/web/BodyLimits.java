package vn.dondoc.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code dondoc.web.*}: the largest request body ({@code max-body}, default
 * {@link RequestLimits#BODY_BYTES}) and, on the {@code uploads} paths (e.g. {@code /plan-drafts}),
 * the largest document ({@code max-upload}, default {@link RequestLimits#UPLOAD_BYTES}).
 */
@ConfigurationProperties("dondoc.web")
public record BodyLimits(@DefaultValue("1MB") DataSize maxBody, @DefaultValue("5MB") DataSize maxUpload,
        @DefaultValue List<String> uploads) {
}
