package io.kwlint.model;

import io.kwlint.value.LabelSelector;
import java.util.EnumSet;
import java.util.Set;

/** The selector by which a controller counts pods as its own. */
public final class ControllerSelector {

    private static final Set<Kind> SELECTING = EnumSet.of(Kind.REPLICA_SET, Kind.DEPLOYMENT, Kind.STATEFUL_SET, Kind.DAEMON_SET);

    private ControllerSelector() {
    }

    /**
     * The selector of a controller that adopts pods by it (a Job only with manualSelector), or
     * null if it has none that selects anything: absent, invalid or empty.
     */
    public static LabelSelector of(KubeObject owner) {
        boolean manualJob = owner.is(Kind.JOB) && owner.spec().get("manualSelector").asBoolean().orElse(false);
        if (!SELECTING.contains(owner.kind().orElse(null)) && !manualJob) {
            return null;
        }
        LabelSelector selector = LabelSelector.of(owner.spec().get("selector"));
        return selector.isAbsent() || !selector.isValid() || selector.isEmpty() ? null : selector;
    }
}
