package io.kwlint.podsecurity;

import io.kwlint.yaml.Node;

/**
 * One control a pod breaks, worded as the PodSecurity admission controller words it.
 *
 * @param control the upstream check id ({@code allowPrivilegeEscalation})
 * @param reason  the short reason ({@code allowPrivilegeEscalation != false})
 * @param detail  what exactly, or "" ({@code container "app" must set securityContext.allowPrivilegeEscalation=false})
 * @param at      the first offending node, or the node a missing setting belongs in
 */
public record Violation(String control, String reason, String detail, Node at) {

    /** {@code reason (detail)}, as one item of the controller's message. */
    public String text() {
        return detail.isEmpty() ? reason : reason + " (" + detail + ")";
    }
}
