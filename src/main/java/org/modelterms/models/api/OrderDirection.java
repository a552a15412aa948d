package org.modelterms.models.api;

public enum OrderDirection {
  ASC,
  DESC
}
