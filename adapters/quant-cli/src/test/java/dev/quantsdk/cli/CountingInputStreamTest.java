package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CountingInputStreamTest {

  @Test
  void count_addsSingleBytesBlocksAndSkips_andStopsAtTheEnd() throws IOException {
    try (CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(new byte[100]))) {
      assertThat(in.read()).isZero();
      assertThat(in.read(new byte[30], 0, 30)).isEqualTo(30);
      assertThat(in.skip(19)).isEqualTo(19);
      assertThat(in.count()).isEqualTo(50);

      assertThat(in.read(new byte[80], 0, 80)).isEqualTo(50);
      assertThat(in.read()).isEqualTo(-1);
      assertThat(in.read(new byte[10], 0, 10)).isEqualTo(-1);
      assertThat(in.count()).isEqualTo(100);
      assertThat(in.markSupported()).isFalse();
    }
  }
}
