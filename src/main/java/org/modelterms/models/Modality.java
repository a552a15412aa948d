package org.modelterms.models;

public enum Modality {
  TEXT,
  CODE,
  IMAGE,
  AUDIO,
  VIDEO,
  SPEECH,
  MULTIMODAL
}
