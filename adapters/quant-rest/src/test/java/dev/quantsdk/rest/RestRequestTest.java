package dev.quantsdk.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestRequestTest {

  @Test
  void of_splitsPathAndDecodesTheQuery_keepingRepeatsInOrder() {
    RestRequest r = RestRequest.of("get", "/api/v1/jobs?kind=scan%2Dall&limit=5&x=a+b&limit=6&flag");
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.path()).isEqualTo("/api/v1/jobs");
    assertThat(r.query()).containsExactly(Map.entry("kind", List.of("scan-all")),
        Map.entry("limit", List.of("5", "6")), Map.entry("x", List.of("a b")),
        Map.entry("flag", List.of("")));
  }

  @Test
  void headers_areCaseInsensitive_andTheBodyIsCopied() {
    byte[] body = {1, 2, 3};
    RestRequest r = RestRequest.of("POST", "/x").withHeaders(Map.of("X-Api-Key", "k"))
        .withBody(body);
    body[0] = 9;
    assertThat(r.header("x-api-key")).hasValue("k");
    assertThat(r.header("X-API-KEY")).hasValue("k");
    assertThat(r.body()).containsExactly(1, 2, 3);
    r.body()[1] = 9;
    assertThat(r.body()).containsExactly(1, 2, 3);
    assertThat(r).isEqualTo(RestRequest.of("POST", "/x").withHeaders(Map.of("x-api-key", "k"))
        .withBody(new byte[] {1, 2, 3}));
  }
}
