package io.kwlint.podsecurity;

import io.kwlint.model.KubeVersion;
import io.kwlint.model.PodSecurityPolicy;
import io.kwlint.model.PodSecurityPolicy.Level;
import io.kwlint.yaml.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Pod Security Standards as the PodSecurity admission controller evaluates them: at a level and
 * policy version, the controls of that version (restricted ones replacing the baseline ones they
 * override), baseline controls first, each group in the order of their ids, as upstream's registry
 * runs them.
 */
public final class PodSecurity {

    private static final List<Control> CONTROLS = List.of(new AppArmorProfile(), new CapabilitiesBaseline(),
            new HostNamespaces(), new HostPathVolumes(), new HostPorts(), new HostProbesAndHostLifecycle(),
            new Privileged(), new ProcMountBaseline(), new SeLinuxOptions(), new SeccompProfileBaseline(), new Sysctls(),
            new WindowsHostProcess(), new AllowPrivilegeEscalation(), new CapabilitiesRestricted(),
            new ProcMountRestricted(), new RestrictedVolumes(), new RunAsNonRoot(), new RunAsUser(),
            new SeccompProfileRestricted());

    private PodSecurity() {
    }

    /** The ids of every control, baseline then restricted: the admission controller's check ids. */
    public static List<String> controlIds() {
        return ordered().stream().map(Control::id).toList();
    }

    /** What a pod (its template's metadata and spec) breaks under a policy, on a cluster of the target version. */
    public static List<Violation> evaluate(PodSecurityPolicy policy, KubeVersion target, Node podMetadata, Node podSpec) {
        if (policy.level() == Level.PRIVILEGED) {
            return List.of();
        }
        int minor = policy.effectiveMinor(target);
        List<Control> active = ordered().stream()
                .filter(c -> c.appliesAt(minor))
                .filter(c -> c.level() == Level.BASELINE || policy.level() == Level.RESTRICTED)
                .toList();
        Set<String> overridden = new HashSet<>();
        active.stream().filter(c -> c.level() == Level.RESTRICTED).forEach(c -> overridden.addAll(c.overrides(minor)));
        Pod pod = new Pod(podMetadata, podSpec);
        List<Violation> violations = new ArrayList<>();
        for (Control control : active) {
            if (!overridden.contains(control.id())) {
                control.check(pod, minor).ifPresent(violations::add);
            }
        }
        return violations;
    }

    private static List<Control> ordered() {
        return CONTROLS.stream()
                .sorted(Comparator.comparing((Control c) -> c.level() == Level.RESTRICTED).thenComparing(Control::id))
                .toList();
    }
}
