package org.modelterms;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigMappingInterface.Property;
import io.smallrye.config.ConfigMappings;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.modelterms.access.AuthConfig;
import org.modelterms.access.SignInConfig;
import org.modelterms.assessments.OpennessIndexConfig;
import org.modelterms.cluster.ClusterConfig;
import org.modelterms.cluster.ReplicaConfig;
import org.modelterms.dataset.DatasetConfig;
import org.modelterms.graphql.GraphQLConfig;
import org.modelterms.graphql.WebSocketConfig;
import org.modelterms.ratelimit.RateLimitConfig;

/**
 * The registry's settings are what docs/configuration.md says: the same names, environment
 * variables and defaults, and the defaults give the values the registry runs with.
 */
class ConfigurationDocsTest {

  private static final List<Class<?>> MAPPINGS =
      List.of(
          AuthConfig.class,
          SignInConfig.class,
          GraphQLConfig.class,
          WebSocketConfig.class,
          ReplicaConfig.class,
          ClusterConfig.class,
          DatasetConfig.class,
          OpennessIndexConfig.class,
          RateLimitConfig.class);

  record Row(String name, String environmentVariable, String defaultValue) {}

  private static Map<String, Row> documented() throws IOException {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("docs/configuration.md"))) {
      if (line.startsWith("| `")) {
        String[] cells = line.substring(1).split("\\|");
        String name = unquote(cells[0]);
        rows.put(name, new Row(name, unquote(cells[1]), cells[2].strip()));
      }
    }
    return rows;
  }

  private static String unquote(String cell) {
    return cell.strip().replaceAll("^`|`$", "");
  }

  /** Every leaf setting the mappings declare, by its full name. */
  private static Map<String, Property> declared() {
    Map<String, Property> settings = new LinkedHashMap<>();
    for (Class<?> mapping : MAPPINGS) {
      ConfigMappings.getProperties(ConfigMappings.ConfigClass.configClass(mapping))
          .forEach(
              (name, property) -> {
                if (!property.isGroup()) {
                  settings.put(name, property);
                }
              });
    }
    return settings;
  }

  @Test
  void everyDeclaredSettingIsDocumentedWithItsDefault() throws IOException {
    Map<String, Row> rows = documented();
    Map<String, Property> settings = declared();
    assertThat(settings).hasSizeGreaterThanOrEqualTo(19);
    settings.forEach(
        (name, property) -> {
          assertThat(rows).as("docs/configuration.md lists %s", name).containsKey(name);
          String documentedDefault = rows.get(name).defaultValue();
          if (property.hasDefaultValue()) {
            assertThat(documentedDefault)
                .as(name)
                .isEqualTo("`" + property.getDefaultValue() + "`");
          } else {
            assertThat(documentedDefault).as(name).startsWith("*(unset");
          }
        });
  }

  @Test
  void everyDocumentedSettingUnderAMappingIsDeclared() throws IOException {
    List<String> prefixes =
        MAPPINGS.stream().map(m -> m.getAnnotation(ConfigMapping.class).prefix() + ".").toList();
    Map<String, Property> settings = declared();
    for (String name : documented().keySet()) {
      if (prefixes.stream().anyMatch(name::startsWith)) {
        assertThat(settings).as("a *Config interface declares %s", name).containsKey(name);
      }
    }
  }

  @Test
  void everyEnvironmentVariableIsItsSettingsName() throws IOException {
    Map<String, Row> rows = documented();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
    for (Row row : rows.values()) {
      assertThat(row.environmentVariable())
          .as(row.name())
          .isEqualTo(row.name().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
    }
  }

  /** Settings Quarkus reads through an expression fall back to the same default. */
  @Test
  void applicationPropertiesFallBackToTheDeclaredDefaults() throws IOException {
    String properties = Files.readString(Path.of("src/main/resources/application.properties"));
    Matcher m = Pattern.compile("\\$\\{(modelterms\\.[a-z.-]+):([^}]*)}").matcher(properties);
    Map<String, Property> settings = declared();
    int found = 0;
    while (m.find()) {
      found++;
      assertThat(settings).as(m.group(1)).containsKey(m.group(1));
      assertThat(settings.get(m.group(1)).getDefaultValue()).as(m.group(1)).isEqualTo(m.group(2));
    }
    assertThat(found).isEqualTo(3);
  }

  @Test
  void theDefaultsAreTheValuesTheRegistryRunsWith() {
    SmallRyeConfigBuilder builder =
        new SmallRyeConfigBuilder().withConverter(Duration.class, 100, new DurationConverter());
    MAPPINGS.forEach(builder::withMapping);
    SmallRyeConfig config = builder.build();

    AuthConfig auth = config.getConfigMapping(AuthConfig.class);
    assertThat(auth.reads()).isEqualTo("permit");
    assertThat(auth.oidc()).isFalse();
    assertThat(auth.localAccount().enabled()).isTrue();
    assertThat(auth.localAccount().username()).isEqualTo("editor");
    assertThat(auth.localAccount().password()).isEqualTo(Optional.empty());
    assertThat(auth.localAccount().roles()).isEqualTo("editor,admin");

    SignInConfig signIn = config.getConfigMapping(SignInConfig.class);
    assertThat(signIn.enabled()).isTrue();
    assertThat(signIn.maxFailuresPerAddress()).isEqualTo(5);
    assertThat(signIn.maxFailuresPerAccount()).isEqualTo(20);
    assertThat(signIn.firstLockout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(signIn.addressLockout()).isEqualTo(Duration.ofMinutes(15));
    assertThat(signIn.accountLockout()).isEqualTo(Duration.ofMinutes(1));
    assertThat(signIn.window()).isEqualTo(Duration.ofHours(1));
    assertThat(signIn.tracked()).isEqualTo(10000);

    GraphQLConfig graphql = config.getConfigMapping(GraphQLConfig.class);
    assertThat(graphql.maxAliases()).isEqualTo(15);
    assertThat(graphql.maxDirectives()).isEqualTo(50);
    assertThat(graphql.maxOperations()).isEqualTo(5);
    assertThat(graphql.bodyTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(graphql.introspection()).isTrue();
    assertThat(graphql.ui()).isTrue();

    WebSocketConfig webSocket = config.getConfigMapping(WebSocketConfig.class);
    assertThat(webSocket.maxSubscriptions()).isEqualTo(20);
    assertThat(webSocket.maxConnectionsPerClient()).isEqualTo(20);
    assertThat(webSocket.initTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(webSocket.keepAlive()).isEqualTo(Duration.ofSeconds(10));

    ReplicaConfig replica = config.getConfigMapping(ReplicaConfig.class);
    assertThat(replica.enabled()).isFalse();
    assertThat(replica.maxLag()).isEqualTo(Duration.ofSeconds(5));
    assertThat(replica.checkInterval()).isEqualTo(Duration.ofMillis(500));
    assertThat(replica.writeWait()).isEqualTo(Duration.ofSeconds(1));

    assertThat(config.getConfigMapping(ClusterConfig.class).listen()).isTrue();
    assertThat(config.getConfigMapping(DatasetConfig.class).loadAtStart()).isTrue();
    OpennessIndexConfig verdicts = config.getConfigMapping(OpennessIndexConfig.class);
    assertThat(verdicts.refresh()).isTrue();
    assertThat(verdicts.refreshDelay()).isEqualTo(Duration.ofSeconds(5));

    RateLimitConfig rates = config.getConfigMapping(RateLimitConfig.class);
    assertThat(rates.enabled()).isTrue();
    assertThat(rates.syncInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(rates.anonymous().capacity()).isEqualTo(20_000);
    assertThat(rates.anonymous().refillPeriod()).isEqualTo(Duration.ofMinutes(1));
    assertThat(rates.reader().capacity()).isEqualTo(50_000);
    assertThat(rates.editor().capacity()).isEqualTo(100_000);
    assertThat(rates.admin().capacity()).isEqualTo(200_000);
    assertThat(rates.admin().refillPeriod()).isEqualTo(Duration.ofMinutes(1));
  }
}
