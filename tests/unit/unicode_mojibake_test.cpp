// Specification of unicode.mojibake: UTF-8 text misread as a single-byte code page (once or
// several times) comes back; text that only looks like mojibake stays byte-identical.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "copydesk/copydesk.hpp"
#include "expect_clean.hpp"

namespace copydesk {
namespace {

const Pipeline& mojibake_only() {
  return testing::only_rules({"unicode.mojibake"});
}

using testing::Row;
void check(const std::vector<Row>& rows) {
  testing::check_rows(mojibake_only(), rows);
}
void check_unchanged(const std::vector<std::string>& texts) {
  testing::check_unchanged(mojibake_only(), texts);
}

TEST(UnicodeMojibake, Windows1252ReadingsOfNewsText) {
  check({
      {"apostrophe", "and itâ€™s clear", "and it’s clear"},
      {"e acute", "a cafÃ© near the venue", "a café near the venue"},
      {"pound sign", "pledged Â£10 million", "pledged £10 million"},
      {"pound sign before a number", "(Â£5.3bn)", "(£5.3bn)"},
      {"em dash", "in 2021 â€” double the level", "in 2021 — double the level"},
      {"quotes, the right one without its 0x9D byte", "â€œWe are trading,â€ she said",
       "“We are trading,” she said"},
      {"right quote at the end of a line", "he said â€œnoâ€", "he said “no”"},
      {"right quote with its C1 byte", "â€œyesâ€\u009D", "“yes”"},
      {"ellipsis", "and thenâ€¦", "and then…"},
      {"mixed with correct text", "it’s a cafÃ©, she said “yes”", "it’s a café, she said “yes”"},
      {"upper case", "RUF MICH ZURÃœCK", "RUF MICH ZURÜCK"},
      {"upper case, quote-like second character", "DOS AÃ‘OS", "DOS AÑOS"},
      {"trademark sign as second character", "OÃ™ ET QUAND?", "OÙ ET QUAND?"},
      {"a-grave before a no-break space", "ART TRIP Ã\u00A0 l'office", "ART TRIP à l'office"},
      {"a-grave whose 0xA0 byte became a space", "voilÃ le travail", "voilà le travail"},
      {"a-grave followed by two spaces", "voilÃ  le travail", "voilà le travail"},
      {"Portuguese às", "atenÃ§Ã£o Ã s crianÃ§as", "atenção às crianças"},
      {"Greek letter inside a word", "IL2RÎ³cKO mice", "IL2RγcKO mice"},
      {"emoji", "He's Justinâ\u009D¤", "He's Justin❤"},
      {"replacement character", "newspaper ï¿½ email", "newspaper \uFFFD email"},
  });
}

TEST(UnicodeMojibake, TextGarbledSeveralTimes) {
  check({
      {"twice", "Steel doesnÃ¢â‚¬â„¢t move", "Steel doesn’t move"},
      {"twice, e acute", "Iggy Pop (nÃƒÂ© Jim Osterberg)", "Iggy Pop (né Jim Osterberg)"},
      {"three times", "The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows.",
       "The Mona Lisa doesn’t have eyebrows."},
      {"Windows-1251 then Windows-1252", "a bigger-than-expected Г‚ВЈ5.8bn rights issue",
       "a bigger-than-expected £5.8bn rights issue"},
      {"three layers of MacRoman", "Merci de t‚Äö√†√∂¬¨¬©l‚Äö√†√∂¬¨¬©charger",
       "Merci de télécharger"},
  });
}

TEST(UnicodeMojibake, OtherCodePages) {
  check({
      {"Latin-1 C1 controls", "Ecuadorâ\u0080\u0099s decision", "Ecuador’s decision"},
      {"Windows-1251, Russian", "РґРѕСЂРѕРіРµ", "дороге"},
      {"Windows-1251 quotes", "UkrsotsbankвЂ™s rating", "Ukrsotsbank’s rating"},
      {"Windows-1250", "LiĂ¨ge Avenue de l'HĂ´pital", "Liège Avenue de l'Hôpital"},
      {"Windows-1257, Lithuanian", "Å iaip ÄÆdomu, kaip ÄÆsivaizduoji. VisÅ³ pirma",
       "Šiaip įdomu, kaip įsivaizduoji. Visų pirma"},
      {"ISO-8859-2, Czech", "MĂĄm dost tĹ\u0099etĂ\u00ADho tisĂ\u00ADciletĂ\u00AD",
       "Mám dost třetího tisíciletí"},
      {"MacRoman", "Le Vigne di Zam√≤", "Le Vigne di Zamò"},
      {"MacRoman ellipsis", "afin d'en profiter‚Ä¶", "afin d'en profiter…"},
      {"code page 437", "#╨┐╤Ç╨░╨▓╨╕╨╗╤î╨╜╨╛╨╡", "#правильное"},
      {"Hebrew", "×‘×”×•×“×¢×”", "בהודעה"},
      {"Arabic", "Ø±Ø³Ø§Ù„Ø©", "رسالة"},
      {"CESU-8 emoji", "Hi guys í\u00A0½í¸\u008D", "Hi guys 😍"},
      {"Vietnamese", "Táº¡i sao giÃ¡ háº¡t", "Tại sao giá hạt"},
      {"Chinese", "ç®€ä½“ä¸\u00ADæ–‡", "简体中文"},
  });
}

TEST(UnicodeMojibake, LostBytesBecomeOneReplacementCharacter) {
  check({
      {"lost second byte", "SlovenÄ\uFFFDina", "Sloven\uFFFDina"},
      {"lost third byte", "â€œlossy decodingâ€\uFFFD", "“lossy decoding\uFFFD"},
      {"question marks", "ItÃ?Â¢â?¬â?¢s classic.", "It\uFFFD¢\uFFFD\uFFFDs classic."},
  });
}

// Text that looks like mojibake but is not: read back, it would become characters that
// nobody writes there.
TEST(UnicodeMojibake, RealTextStaysByteIdentical) {
  check_unchanged({
      "Join ZZAJÉ’s Official Fan List",
      "I'm not such a fan of Charlotte Brontë…”",
      "higher values (“+” and “×” curves) in the superficial region",
      "4288×…",
      "RETWEET SE VOCÊ…",
      "PARCE QUE SUR LEURS PLAQUES IL Y MARQUÉ…",
      "L’épisode 8 est trop fou",
      "Ôôô VIDA MINHA",
      "[x]\u00A0©",
      "2012—∞",
      "OK??:(   `¬´    ):",
      "( o¬ô )",
      "∆°",
      "ESSE CARA AI QUEM É¿",
      "!YO SÉ¡",
      "``hogwarts nao existe, voce nao vai pegar o trem pra lá´´",
      "SELKÄ\u00A0EDELLÄ\u00A0MAAHAN via @YouTube",
      "Offering 5×£35 pin ups",
      "NESTLÉ® requiere contratar personal",
      "Connect with Āø on Facebook",
      "C O N C L U S Ã O",
      "Oborzos, per. Vahbarz, frataraká§ 141",
      "(-1/2)! = √π",
      "├┤a┼┐a┼┐a┼┐a┼┐a",
      "There are a lot of Ã’s in mojibake text",
      "AHÅ™, the new sofa from IKEA",
      "ВІКІ is Ukrainian for WIKI",
      "a radius of 10 Å—",
      "NICIODATĂ™",
      "TRANSFORMATORIŲ™",
      "HÅØYA ER BLÅØYD",
      "ПоздравЂаво",
      "SENSЕ - Oleg Tsedryk",
      "Bremer/Mccoy – DrÃ¥ber",
      "Η ¨ανατροφή¨ δυστυχώς από τους προπονητές",
      "שלום, עולם",
      "a family 👨‍👩‍👧 emoji",
      "5 × 3 – 2 = 13",
      "Straße“ und „Müller",
      "«CAFÉ» et «DÉJÀ VU»",
      "São Paulo and Ærøskøbing",
      "строк дії вашого пароля",  // Windows-1251 would read "дії" as one CJK character
      "Le paquet est-il installé\u00A0? Oui",  // French space before '?', no lost byte
  });
}

TEST(UnicodeMojibake, HopelessGarbleStays) {
  check_unchanged({"ã†â€™ãƒâ€ ã¢â‚¬â„¢ãƒæ’ã‚â¢ãƒâ¢ã¢â‚¬å¡ã‚â¬ãƒâ€šã‚â"});
}

TEST(UnicodeMojibake, UrlsAreLeftAlone) {
  check({{"mojibake next to a URL", "see https://example.org/caf%C3%A9 at the cafÃ©",
          "see https://example.org/caf%C3%A9 at the café"}});
  check_unchanged({"https://example.org/cafÃ©/menu"});
}

TEST(UnicodeMojibake, ChangesAreRecordedWhereTheyAre) {
  const CleanResult result = mojibake_only().clean("it’s a cafÃ© at Â£10");
  ASSERT_EQ(result.changes.size(), 2u);
  EXPECT_EQ(result.changes[0].rule, "unicode.mojibake");
  EXPECT_EQ(result.changes[0].before, "Ã©");
  EXPECT_EQ(result.changes[0].after, "é");
  EXPECT_EQ(result.changes[0].column, 11u);
  EXPECT_EQ(result.changes[1].before, "Â£");
  EXPECT_EQ(result.changes[1].after, "£");
}

}  // namespace
}  // namespace copydesk
