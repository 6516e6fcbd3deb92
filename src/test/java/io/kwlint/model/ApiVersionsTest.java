package io.kwlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kwlint.rule.RuleCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The apiVersion table: one entry per pair, a way forward from every removal, and pages that list its kinds. */
class ApiVersionsTest {

    @Test
    void everyApiVersionAndKindPairHasOneEntry() {
        Set<String> pairs = new HashSet<>();
        for (ApiVersions.Lifecycle lifecycle : ApiVersions.TABLE) {
            for (String kind : lifecycle.kinds()) {
                assertThat(pairs.add(lifecycle.apiVersion() + " " + kind)).as("%s %s", lifecycle.apiVersion(), kind).isTrue();
            }
        }
    }

    @Test
    void everyRemovalNamesWhatToUseAndThatIsServedAtTheNewestVersion() {
        KubeVersion newest = KubeVersion.DEFAULT;
        for (ApiVersions.Lifecycle lifecycle : ApiVersions.TABLE) {
            if (lifecycle.removedIn() == 0) {
                assertThat(lifecycle.replacement()).as(lifecycle.apiVersion()).isNull();
                continue;
            }
            assertThat(lifecycle.replacement()).as(lifecycle.apiVersion()).isNotBlank();
            for (String kind : lifecycle.kinds()) {
                String use = ApiVersions.useInstead(lifecycle, kind, newest);
                boolean servedVersion = ApiVersions.lifecycle(use, kind).filter(l -> l.servedIn(newest)).isPresent();
                boolean noSuccessor = kind.equals("PodSecurityPolicy") && use.startsWith("Pod Security admission");
                assertThat(servedVersion || noSuccessor).as("%s %s -> %s", lifecycle.apiVersion(), kind, use).isTrue();
            }
        }
    }

    @Test
    void theReplacementOfAPodSecurityPolicyIsFollowedPastItsOwnRemoval() {
        ApiVersions.Lifecycle extensions = ApiVersions.lifecycle("extensions/v1beta1", "PodSecurityPolicy").orElseThrow();
        assertThat(ApiVersions.useInstead(extensions, "PodSecurityPolicy", KubeVersion.of(20)))
                .isEqualTo("policy/v1beta1");
        assertThat(ApiVersions.useInstead(extensions, "PodSecurityPolicy", KubeVersion.DEFAULT))
                .startsWith("Pod Security admission");
    }

    @Test
    void aLookalikeGroupOfACustomResourceIsNotBuiltIn() {
        assertThat(ApiVersions.BUILT_IN_GROUPS).contains("", "apps", "networking.k8s.io", "policy")
                .doesNotContain("gateway.networking.k8s.io", "snapshot.storage.k8s.io");
        assertThat(ApiVersions.builtInKind("networking.k8s.io", "Ingress")).isTrue();
        assertThat(ApiVersions.builtInKind("gateway.networking.k8s.io", "HTTPRoute")).isFalse();
    }

    @Test
    void theApiVersionRulePagesListEveryKindOfTheTable() {
        RuleCatalog catalog = RuleCatalog.builtIn();
        for (String rule : List.of("removed-api-version", "deprecated-api-version")) {
            assertThat(Set.copyOf(catalog.find(rule).orElseThrow().kinds())).as(rule)
                    .isEqualTo(ApiVersions.kindNames());
        }
    }
}
