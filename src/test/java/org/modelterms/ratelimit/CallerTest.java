package org.modelterms.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerTest {

  @Test
  void anIpv4ClientIsCountedByItsAddress() {
    assertThat(Caller.anonymous("203.0.113.7"))
        .isEqualTo(new Caller(Tier.ANONYMOUS, "203.0.113.7"));
    assertThat(Caller.anonymous("203.0.113.7")).isNotEqualTo(Caller.anonymous("203.0.113.8"));
  }

  @Test
  void anIpv6ClientIsCountedByItsSlash64() {
    assertThat(Caller.anonymous("2001:db8:1:2:aaaa::1"))
        .isEqualTo(Caller.anonymous("2001:db8:1:2:bbbb:cccc:dddd:eeee"));
    assertThat(Caller.anonymous("2001:db8:1:2::1").name()).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    assertThat(Caller.anonymous("2001:db8:1:3::1"))
        .isNotEqualTo(Caller.anonymous("2001:db8:1:2::1"));
  }

  @Test
  void aCallerWithoutIdentityIsAnonymous() {
    assertThat(Caller.of(null, "203.0.113.7").tier()).isEqualTo(Tier.ANONYMOUS);
  }
}
