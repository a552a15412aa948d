package org.modelterms.assessments.euindex;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives Hugging Face model repository ids from the links an index file gives, so that entries can
 * be matched to models the registry knows by their Hugging Face id.
 */
final class HuggingFaceRepoIds {

  private static final Set<String> HOSTS = Set.of("huggingface.co", "www.huggingface.co", "hf.co");

  /**
   * First path segments that are Hugging Face site sections, not owners: the data links to
   * collections, datasets and docs pages from the same fields as to model repositories.
   */
  private static final Set<String> SITE_SECTIONS =
      Set.of(
          "api",
          "blog",
          "chat",
          "collections",
          "datasets",
          "docs",
          "join",
          "learn",
          "login",
          "models",
          "new",
          "organizations",
          "papers",
          "posts",
          "pricing",
          "settings",
          "spaces",
          "tasks");

  // Hugging Face's own rule for owner and repository names.
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private HuggingFaceRepoIds() {}

  /**
   * The "owner/name" id a link names, for links of the form {@code
   * https://huggingface.co/<owner>/<name>[/...]}; anything after the name (/tree/main, #section) is
   * dropped. A link to an owner alone, a site section or another host names no model.
   */
  static Optional<String> fromLink(String link) {
    URI uri;
    try {
      uri = new URI(link.strip());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme();
    String host = uri.getHost();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
        || host == null
        || !HOSTS.contains(host.toLowerCase(Locale.ROOT))
        || uri.getPath() == null) {
      return Optional.empty();
    }
    String[] segments = uri.getPath().replaceFirst("^/+", "").split("/");
    if (segments.length < 2) {
      return Optional.empty();
    }
    String owner = segments[0];
    String name = segments[1];
    if (SITE_SECTIONS.contains(owner.toLowerCase(Locale.ROOT))
        || !NAME.matcher(owner).matches()
        || !NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return Optional.of(owner + "/" + name);
  }

  /**
   * The ids the links name, in order, without duplicates. Hugging Face ids are case-insensitive, so
   * "EleutherAI/pythia-6.9b" and "eleutherai/Pythia-6.9B" count once (as first written).
   */
  static List<String> fromLinks(List<String> links) {
    Map<String, String> ids = new LinkedHashMap<>();
    for (String link : links) {
      fromLink(link).ifPresent(id -> ids.putIfAbsent(id.toLowerCase(Locale.ROOT), id));
    }
    return List.copyOf(ids.values());
  }
}
