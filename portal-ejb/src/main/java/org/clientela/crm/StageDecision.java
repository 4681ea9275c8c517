package org.clientela.crm;

import org.clientela.platform.Wording;

/** A stage and why the rules chose it, in words each member of staff reads in their language. */
public record StageDecision(LifecycleStage stage, Wording reason) {}
