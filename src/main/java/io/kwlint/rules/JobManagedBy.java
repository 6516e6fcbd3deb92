package io.kwlint.rules;

import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.ApiError;
import io.kwlint.value.KubeValidation;
import io.kwlint.yaml.Node;
import java.util.regex.Pattern;

/** managedBy names the controller of the Job: a domain-prefixed path of at most 63 characters. */
@RuleId("job-managed-by")
final class JobManagedBy implements ObjectRule {

    private static final int MAX_LENGTH = 63;
    private static final String HTTP_PATH = "[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+";
    private static final Pattern HTTP_PATH_PATTERN = Pattern.compile("^" + HTTP_PATH + "$");


    @Override
    public void check(KubeObject object, RuleContext context) {
        Node managedBy = object.jobSpec().get("managedBy");
        managedBy.asString().ifPresent(value -> {
            if (value.length() > MAX_LENGTH) {
                context.report(new ApiError(managedBy, managedBy.path(), ApiError.Type.TOO_LONG, null,
                        "may not be more than 63 bytes"), "invalid");
            }
            String[] parts = value.split("/", 2);
            if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                context.report(ApiError.invalid(managedBy, ApiError.quote(value),
                        "must be a domain-prefixed path (such as \"acme.io/foo\")"), "invalid");
                return;
            }
            KubeValidation.dns1123Subdomain(parts[0]).forEach(message ->
                    context.report(ApiError.invalid(managedBy, ApiError.quote(parts[0]), message), "invalid"));
            if (!HTTP_PATH_PATTERN.matcher(parts[1]).matches()) {
                context.report(ApiError.invalid(managedBy, ApiError.quote(parts[1]),
                        "Invalid path (regex used for validation is '" + HTTP_PATH + "')"), "invalid");
            }
        });
    }
}
