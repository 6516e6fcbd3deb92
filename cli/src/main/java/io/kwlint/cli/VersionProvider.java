package io.kwlint.cli;

import io.kwlint.KwlintInfo;
import io.kwlint.model.KubeVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code kwlint --version}. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            KwlintInfo.NAME + " " + KwlintInfo.version(),
            "default Kubernetes version " + KubeVersion.DEFAULT + " (choose with --kube-version)",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
        };
    }
}
