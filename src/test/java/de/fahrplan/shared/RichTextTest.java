package de.fahrplan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

  @Test
  void keepsFormattingAndRemovesScripts() {
    String html =
        RichText.sanitize(
            "<p>Ziel <b>2030</b></p><script>alert(1)</script><a href=\"javascript:x()\" onclick=\"y()\">Link</a>"
                + "<ul><li>WLAN</li></ul><img src=x onerror=alert(2)>");
    assertThat(html).contains("<p>Ziel <b>2030</b></p>", "<ul><li>WLAN</li></ul>", "Link");
    assertThat(html).doesNotContain("script", "javascript", "onclick", "onerror", "<img");
  }

  @Test
  void plainTextKeepsItsLineBreaks() {
    assertThat(RichText.sanitize("Erste Zeile\nZweite Zeile"))
        .isEqualTo("Erste Zeile<br />Zweite Zeile");
    assertThat(RichText.sanitize("  ")).isNull();
  }

  @Test
  void textWithFormattingKeepsItsParagraphsAndLineBreaks() {
    assertThat(RichText.sanitize("Erster Absatz mit <b>fett</b>\nzweite Zeile\n\nZweiter Absatz"))
        .isEqualTo("<p>Erster Absatz mit <b>fett</b><br />zweite Zeile</p><p>Zweiter Absatz</p>");
    // HTML with blocks of its own keeps them as they are
    assertThat(RichText.sanitize("<p>Eins</p>\n<p>Zwei</p>")).isEqualTo("<p>Eins</p>\n<p>Zwei</p>");
  }

  @Test
  void documentsGetPlainParagraphsWithEntitiesDecoded() {
    String stored =
        RichText.sanitize(
            "<p>Ziel <b>2030</b> &amp; mehr</p><ul><li>WLAN</li><li>E-Akte</li></ul>"
                + "<p>Zeile eins<br>Zeile zwei</p>");
    assertThat(RichText.paragraphs(stored))
        .containsExactly("Ziel 2030 & mehr", "– WLAN", "– E-Akte", "Zeile eins\nZeile zwei");
    assertThat(RichText.paragraphs(null)).isEmpty();
    assertThat(RichText.paragraphs("Nur Text")).containsExactly("Nur Text");
  }

  @Test
  void documentsKeepALinksAddressAfterItsText() {
    String stored =
        RichText.sanitize(
            "<p>Antrag im <a href=\"https://portal.example/antrag\">Serviceportal</a> stellen,"
                + " Fragen an <a href=\"mailto:digital@musterstadt.example\">das Team</a>.</p>"
                + "<p><a href=\"https://www.musterstadt.example/\">musterstadt.example</a> und"
                + " <a href=\"mailto:a@b.example\">a@b.example</a></p>");
    assertThat(RichText.paragraphs(stored))
        .containsExactly(
            "Antrag im Serviceportal (https://portal.example/antrag) stellen, Fragen an das Team"
                + " (digital@musterstadt.example).",
            // a text that already names the address is not repeated
            "musterstadt.example und a@b.example");
  }
}
