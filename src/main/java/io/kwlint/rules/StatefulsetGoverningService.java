package io.kwlint.rules;

import io.kwlint.finding.Fix;
import io.kwlint.model.Kind;
import io.kwlint.model.KubeObject;
import io.kwlint.rule.ObjectRule;
import io.kwlint.rule.RuleContext;
import io.kwlint.rule.RuleId;
import io.kwlint.value.LabelSelector;
import io.kwlint.yaml.Node;
import java.util.Optional;

/**
 * The Service a StatefulSet names is its governing Service: it must be headless and select the
 * StatefulSet's pods, or the pods get no per-pod DNS records ({@code web-0.web}).
 */
@RuleId("statefulset-governing-service")
final class StatefulsetGoverningService implements ObjectRule {

    @Override
    public void check(KubeObject object, RuleContext context) {
        Node serviceName = object.spec().get("serviceName");
        Optional<String> name = serviceName.asString().filter(s -> !s.isBlank());
        Optional<KubeObject> service = name.flatMap(n -> context.objects().find(Kind.SERVICE, n, object));
        if (service.isEmpty()) {
            return;
        }
        Node serviceSpec = service.get().spec();
        Node clusterIp = serviceSpec.get("clusterIP");
        if (!clusterIp.is("None")) {
            String actual = clusterIp.isPresent() ? "clusterIP " + clusterIp.asString().orElse(clusterIp.describeType())
                    : "it sets no clusterIP";
            context.finding(serviceName, "not-headless", name.get(), actual, object.name())
                    .related(service.get(), clusterIp.isPresent() ? clusterIp : serviceSpec, "the Service")
                    .fix(headless(object, service.get()))
                    .report();
            return;
        }
        Node selectorNode = serviceSpec.get("selector");
        LabelSelector selector = LabelSelector.ofMap(selectorNode);
        if (!selectorNode.isPresent() || selector.requirements().isEmpty()) {
            context.finding(serviceName, "no-selector", name.get())
                    .related(service.get(), serviceSpec, "the Service")
                    .report();
        } else if (!selector.matches(object.podLabels())) {
            context.finding(serviceName, "selector-mismatch", name.get(), selector,
                            selector.firstUnmet(object.podLabels()).map(Object::toString).orElse(""))
                    .related(service.get(), selectorNode, "the Service's selector")
                    .report();
        }
    }

    /**
     * {@code clusterIP: None} added to the Service (in its own file, which may not be the
     * StatefulSet's), where that is all it takes: the Service is of type ClusterIP and asks for no
     * address of its own (an address written on purpose is a person's call).
     */
    private static Fix headless(KubeObject statefulSet, KubeObject service) {
        Node spec = service.spec();
        boolean clusterIpType = spec.get("type").asString().map("ClusterIP"::equals).orElse(true);
        boolean noAddress = !written(spec.get("clusterIP")) && !written(spec.get("clusterIPs"));
        if (!clusterIpType || !noAddress) {
            return null;
        }
        Fix fix = Fix.addingField("set clusterIP: None on Service `" + service.name() + "` (an existing Service keeps "
                + "its cluster IP: delete it and apply it again)", spec, "clusterIP", "None");
        String file = service.file().displayPath();
        return file.equals(statefulSet.file().displayPath()) ? fix : Fix.inFile(fix, file);
    }

    private static boolean written(Node node) {
        return node.isPresent() && !node.isDefaulted();
    }
}
