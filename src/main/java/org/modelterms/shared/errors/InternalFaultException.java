package org.modelterms.shared.errors;

import io.smallrye.graphql.api.ErrorCode;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A fault of the registry, not of the request. The caller sees an incident id and nothing of the
 * cause; the log has the cause under the same id.
 */
@ErrorCode("INTERNAL_ERROR")
public class InternalFaultException extends RuntimeException {

  private static final Logger LOG = Logger.getLogger(InternalFaultException.class);

  private InternalFaultException(String incident) {
    super("Internal error (incident " + incident + "). It has been logged; please report it.");
  }

  public static InternalFaultException logged(Throwable cause) {
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.errorf(cause, "Incident %s", incident);
    return new InternalFaultException(incident);
  }
}
