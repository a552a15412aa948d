package org.modelterms.permissions;

import org.modelterms.policies.ActorKind;
import org.modelterms.policies.Purpose;

/** Who asks to use a model, and for what; any part may be unknown (null). */
public record Actor(ActorKind kind, String country, Long monthlyActiveUsers, Purpose purpose) {

  public static final Actor ANYONE = new Actor(null, null, null, null);
}
