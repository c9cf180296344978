package dev.quantsdk.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hibernate.type.descriptor.java.IntegerJavaType;
import org.hibernate.type.descriptor.java.StringJavaType;
import org.junit.jupiter.api.Test;

class JsonTextFormatMapperTest {

  private static final String DOCUMENT = "{\"a\": [1, 2]}";

  @Test
  void passesJsonTextThroughUnchanged_bothWays() {
    JsonTextFormatMapper mapper = JsonTextFormatMapper.INSTANCE;
    assertThat(mapper.toString(DOCUMENT, StringJavaType.INSTANCE, null)).isSameAs(DOCUMENT);
    assertThat(mapper.fromString(new StringBuilder(DOCUMENT), StringJavaType.INSTANCE, null)).isEqualTo(DOCUMENT);
  }

  @Test
  void refusesOtherJavaTypes_namingTheType() {
    assertThatThrownBy(() -> JsonTextFormatMapper.INSTANCE.fromString("1", IntegerJavaType.INSTANCE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Integer");
  }
}
