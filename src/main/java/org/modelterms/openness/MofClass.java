package org.modelterms.openness;

import java.util.EnumSet;
import java.util.Set;

/**
 * The three cumulative classes of the Model Openness Framework 1.0. Class III is the least open;
 * each more open class requires everything the less open ones require.
 */
@org.eclipse.microprofile.graphql.Enum("MofClass")
public enum MofClass {
  CLASS_I(1, "Class I - Open Science Model"),
  CLASS_II(2, "Class II - Open Tooling Model"),
  CLASS_III(3, "Class III - Open Model");

  private final int number;
  private final String label;

  MofClass(int number, String label) {
    this.number = number;
    this.label = label;
  }

  /** 1, 2 or 3, as the MOT numbers the classes (and keys {@code progress}). */
  public int number() {
    return number;
  }

  /** The MOT's label for the class. */
  public String label() {
    return label;
  }

  /** The class numbered {@code number} (1, 2 or 3). */
  public static MofClass ofNumber(int number) {
    for (MofClass mofClass : values()) {
      if (mofClass.number == number) {
        return mofClass;
      }
    }
    throw new IllegalArgumentException("no MOF class " + number + "; classes are 1, 2 and 3");
  }

  /** Whether this class includes {@code other}'s requirements (every class includes itself). */
  public boolean includes(MofClass other) {
    return number <= other.number;
  }

  /**
   * Every component this class requires, its own and those of the less open classes, before the
   * Technical report / Research paper substitution.
   */
  public Set<MofComponent> requiredComponents() {
    Set<MofComponent> required = EnumSet.noneOf(MofComponent.class);
    for (MofComponent component : MofComponent.values()) {
      if (component.requiredBy().isPresent() && includes(component.requiredBy().get())) {
        required.add(component);
      }
    }
    return required;
  }
}
