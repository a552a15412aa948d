package org.modelterms.boms.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.generators.json.BomJsonGenerator;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.XmlParser;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * CycloneDX XML, turned into the JSON tree the rest of the reader walks. A first pass with a parser
 * that refuses any DTD decides whether the document is read at all: no entity of a caller's
 * document is ever expanded, and a malformed one is answered with its line and column. Then
 * cyclonedx-core-java reads it and writes it out as CycloneDX JSON; where the library refuses a
 * well-formed document, {@link CycloneDxXmlTree} maps it instead.
 */
final class CycloneDxXml {

  record Tree(String specVersion, JsonNode bom) {}

  static final String NAMESPACE = "http://cyclonedx.org/schema/bom/";

  /**
   * Deeper XML is refused before the library's recursive reader could exhaust a small thread stack;
   * real documents nest components a few levels deep.
   */
  static final int MAX_DEPTH = 256;

  private static final String MAX_ELEMENT_DEPTH =
      "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

  private static final XmlParser PARSER = new XmlParser();
  private static final Map<Version, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private CycloneDxXml() {}

  static Tree read(byte[] document, List<String> warnings) {
    Element root = checkedRoot(document);
    String namespace = root.getNamespaceURI();
    if (namespace == null || !namespace.startsWith(NAMESPACE)) {
      throw new BomFormatUnknownException(
          "The XML document is not CycloneDX: its root element is {"
              + namespace
              + "}"
              + root.getLocalName()
              + ", not a bom in the "
              + NAMESPACE
              + "… namespace.");
    }
    String specVersion = namespace.substring(NAMESPACE.length());
    CycloneDxReader.version(specVersion, warnings);
    Version version = CycloneDxSchemas.version(specVersion);
    if (version == null) {
      version = Version.VERSION_16;
      warnings.add(
          "CycloneDX "
              + specVersion
              + " XML is read with the 1.6 model; what only "
              + specVersion
              + " defines is not read.");
    } else {
      schemaCheck(document, version, warnings);
    }
    try {
      Bom bom = PARSER.parse(document);
      return new Tree(specVersion, new BomJsonGenerator(bom, version).toJsonNode());
    } catch (ParseException | RuntimeException e) {
      warnings.add(
          "cyclonedx-core-java could not read the XML ("
              + firstLine(rootCause(e))
              + "); it was read element by element instead.");
      return new Tree(specVersion, CycloneDxXmlTree.of(root));
    }
  }

  private static String firstLine(String message) {
    return message == null ? "no reason given" : message.lines().findFirst().orElse("");
  }

  private static void schemaCheck(byte[] document, Version version, List<String> warnings) {
    List<String> errors = new ArrayList<>();
    try {
      Validator validator = schema(version).newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(collecting(errors));
      validator.validate(new StreamSource(new ByteArrayInputStream(document)));
    } catch (SAXException | IOException e) {
      errors.add(e.getMessage());
    }
    for (int i = 0; i < errors.size() && i < CycloneDxSchemas.MAX_REPORTED; i++) {
      warnings.add(
          "Not valid against the CycloneDX "
              + version.getVersionString()
              + " XML schema: "
              + errors.get(i));
    }
  }

  private static Schema schema(Version version) {
    return SCHEMAS.computeIfAbsent(
        version,
        v -> {
          try {
            return PARSER.getXmlSchema(v);
          } catch (SAXException e) {
            throw new IllegalStateException(
                "The bundled CycloneDX " + v + " XML schema is unreadable", e);
          }
        });
  }

  private static ErrorHandler collecting(List<String> errors) {
    return new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(
            e.getMessage()
                + " (line "
                + e.getLineNumber()
                + ", column "
                + e.getColumnNumber()
                + ")");
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        throw e;
      }
    };
  }

  static Element checkedRoot(byte[] document) {
    try {
      DocumentBuilder builder = secureFactory().newDocumentBuilder();
      builder.setErrorHandler(QUIET);
      return builder.parse(new ByteArrayInputStream(document)).getDocumentElement();
    } catch (SAXParseException e) {
      throw new BomMalformedException(
          "The XML document is not well-formed or declares a DTD, which is not read: "
              + e.getMessage()
              + " (line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ").",
          e.getLineNumber() > 0 ? e.getLineNumber() : null,
          e.getColumnNumber() > 0 ? e.getColumnNumber() : null);
    } catch (SAXException | IOException e) {
      throw new BomMalformedException(
          "The XML document could not be read: " + e.getMessage(), null, null);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser refuses the secure settings", e);
    }
  }

  private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setAttribute(MAX_ELEMENT_DEPTH, MAX_DEPTH);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  /** Parse errors are thrown and answered; the JDK's default handler would also print them. */
  private static final ErrorHandler QUIET =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };
}
