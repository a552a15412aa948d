package org.modelterms.shared.nodes;

/** The types whose objects have global ids. The names are part of every id: never rename one. */
public enum NodeType {
  Organization,
  Model,
  Component,
  License,
  PolicyDocument,
  PolicyVersion,
  UseRule,
  Source
}
