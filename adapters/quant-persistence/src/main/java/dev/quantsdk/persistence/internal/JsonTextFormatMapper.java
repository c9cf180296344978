package dev.quantsdk.persistence.internal;

import java.util.Locale;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * Hibernate's JSON format mapper for entities that keep JSON columns as JSON text
 * ({@code String}): the text goes to the database unchanged and comes back as the database
 * returns it.
 *
 * <p>Without it Hibernate looks for Jackson or a JSON-B implementation on the class path and
 * refuses to map JSON columns when there is none; with it the adapter behaves the same whichever
 * JSON libraries the host brings. Any other Java type in a JSON column is refused with an
 * {@link IllegalArgumentException}. Stateless and thread-safe.
 */
public final class JsonTextFormatMapper implements FormatMapper {

  /** The shared instance. */
  public static final JsonTextFormatMapper INSTANCE = new JsonTextFormatMapper();

  private JsonTextFormatMapper() {
  }

  @Override
  public <T> T fromString(CharSequence charSequence, JavaType<T> javaType, WrapperOptions wrapperOptions) {
    return javaType.getJavaTypeClass().cast(requireText(javaType).cast(charSequence.toString()));
  }

  @Override
  public <T> String toString(T value, JavaType<T> javaType, WrapperOptions wrapperOptions) {
    return requireText(javaType).cast(value);
  }

  private static Class<String> requireText(JavaType<?> javaType) {
    if (javaType.getJavaTypeClass() != String.class) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "JSON columns of Quant SDK entities must be mapped as String (JSON text), not %s",
          javaType.getJavaTypeClass().getName()));
    }
    return String.class;
  }
}
