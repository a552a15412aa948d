package org.modelterms.boms.check;

import java.util.List;
import org.modelterms.boms.read.BaseModelReference;
import org.modelterms.boms.read.BomComponent;
import org.modelterms.boms.read.BomComponentType;
import org.modelterms.boms.read.BomFormat;
import org.modelterms.boms.read.DeclaredLicense;
import org.modelterms.boms.read.DeclaredLicenseForm;
import org.modelterms.boms.read.ParsedBom;

/** Documents built by hand, as a reader would hand them to the check. */
final class Boms {

  private Boms() {}

  static ParsedBom bom(BomComponent... components) {
    return new ParsedBom(BomFormat.CYCLONEDX_JSON, "1.6", List.of(components), List.of());
  }

  static BomComponent named(String ref, String name, String supplier) {
    return model(ref, name, supplier, null, null, List.of(), List.of(), List.of());
  }

  static BomComponent purl(String ref, String purl, DeclaredLicense... licenses) {
    return model(ref, ref, null, purl, null, List.of(), List.of(licenses), List.of());
  }

  static BomComponent huggingFace(String ref, String id, DeclaredLicense... licenses) {
    return model(ref, id, null, null, id, List.of(), List.of(licenses), List.of());
  }

  static BomComponent url(String ref, String url) {
    return model(ref, ref, null, null, null, List.of(url), List.of(), List.of());
  }

  static BomComponent derived(
      String ref, String name, List<BaseModelReference> bases, DeclaredLicense... licenses) {
    return model(ref, name, "Acme", null, null, List.of(), List.of(licenses), bases);
  }

  static BomComponent declaring(String ref, String name, DeclaredLicense... licenses) {
    return model(ref, name, "Acme", null, null, List.of(), List.of(licenses), List.of());
  }

  static BomComponent data(String ref, String name, DeclaredLicense... licenses) {
    return new BomComponent(
        ref,
        BomComponentType.DATA,
        name,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(licenses),
        List.of(),
        List.of());
  }

  static BomComponent model(
      String ref,
      String name,
      String supplier,
      String purl,
      String huggingFaceId,
      List<String> urls,
      List<DeclaredLicense> licenses,
      List<BaseModelReference> bases) {
    return new BomComponent(
        ref,
        BomComponentType.MODEL,
        name,
        supplier,
        null,
        purl,
        huggingFaceId,
        urls,
        licenses,
        bases,
        List.of());
  }

  static BaseModelReference baseById(String huggingFaceId) {
    return new BaseModelReference(null, null, huggingFaceId, "finetune");
  }

  static BaseModelReference baseByName(String name) {
    return new BaseModelReference(name, null, null, "finetune");
  }

  static DeclaredLicense spdx(String expression) {
    return new DeclaredLicense(DeclaredLicenseForm.SPDX_EXPRESSION, expression, null, false);
  }

  static DeclaredLicense hf(String id) {
    return new DeclaredLicense(DeclaredLicenseForm.HUGGING_FACE_ID, id, null, false);
  }

  static DeclaredLicense name(String name) {
    return new DeclaredLicense(DeclaredLicenseForm.NAME, name, null, false);
  }

  static DeclaredLicense url(String url) {
    return new DeclaredLicense(DeclaredLicenseForm.URL, url, null, false);
  }
}
