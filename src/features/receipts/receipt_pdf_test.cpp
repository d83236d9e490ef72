// The receipt's PDF, read back as text with poppler's pdftotext: what it certifies is on it, in
// the reader's language; a tax receipt is in French with the Cerfa reference; an Arabic receipt
// embeds a font with Arabic letters and is written right to left; a cancelled one is stamped.
#include "features/receipts/receipt_pdf.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

namespace comdev::receipts {
namespace {

Receipt sample() {
  Receipt r;
  r.id = 1;
  r.year = 2026;
  r.number = 7;
  r.donor_name = "Donatrice Démo";
  r.donor_address = "12 rue de la République, 34000 Montpellier";
  r.organisation_name = "Association Tifaout";
  r.organisation.postal_address = "Douar Imi n'Tala, Taliouine";
  r.organisation.registration = "Récépissé n° 12/2019";
  r.organisation.object = "Accès à l'eau potable des douars";
  r.campaign_title = "Château d'eau";
  r.authorisation_ref = "APG-2026-17";
  r.authorisation_on = "2026-01-15";
  r.pledge_reference = "K7P2-M9QX";
  r.amount_minor = 125050;
  r.currency = "EUR";
  r.donated_on = "2026-03-02";
  r.issued_at = "2026-03-02T10:00:00Z";
  return r;
}

// The PDF's text as pdftotext reads it (poppler-utils, installed by script/bootstrap --test).
std::string text_of(const std::string& pdf) {
  auto dir = std::filesystem::temp_directory_path();
  auto path = dir / ("receipt-test-" + std::to_string(getpid()) + ".pdf");
  {
    std::ofstream f(path, std::ios::binary);
    f << pdf;
  }
  std::string cmd = "pdftotext -enc UTF-8 '" + path.string() + "' - 2>/dev/null";
  std::unique_ptr<FILE, decltype(&pclose)> p(popen(cmd.c_str(), "r"), pclose);
  std::string out;
  if (p) {
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), p.get())) > 0) out.append(buf.data(), n);
  }
  std::filesystem::remove(path);
  return out;
}

TEST(ReceiptPdf, AFrenchReceiptSaysWhatItCertifiesAndThatItIsNoTaxReceipt) {
  auto pdf = render_pdf(sample(), i18n::Lang::fr);
  ASSERT_TRUE(pdf) << pdf.error().detail;
  EXPECT_EQ(pdf->rfind("%PDF-", 0), 0u);
  // Built-in fonts only: light enough for a phone on a slow network.
  EXPECT_LT(pdf->size(), 20000u);
  std::string text = text_of(*pdf);
  ASSERT_FALSE(text.empty()) << "pdftotext missing or unreadable PDF";
  for (const char* s :
       {"Reçu de don", "2026-000007", "Association Tifaout", "Donatrice Démo", "Montpellier",
        "mille deux cent cinquante euros et cinquante centimes", "APG-2026-17", "loi n° 18-18",
        "Virement bancaire", "K7P2-M9QX", "Ce n'est pas un reçu fiscal"}) {
    EXPECT_NE(text.find(s), std::string::npos) << s << "\n" << text;
  }
  EXPECT_EQ(text.find("Cerfa"), std::string::npos);
}

TEST(ReceiptPdf, ATaxReceiptIsInFrenchWithTheCerfaReferenceWhateverTheReader) {
  Receipt r = sample();
  r.organisation.tax_eligible = true;
  auto pdf = render_pdf(r, i18n::Lang::ar);
  ASSERT_TRUE(pdf);
  std::string text = text_of(*pdf);
  EXPECT_NE(text.find("Cerfa n° 11580"), std::string::npos) << text;
  EXPECT_NE(text.find("certifie sur l'honneur"), std::string::npos) << text;
  EXPECT_EQ(text.find("pas un reçu fiscal"), std::string::npos) << text;
}

TEST(ReceiptPdf, AnArabicReceiptEmbedsAnArabicFont) {
  Receipt r = sample();
  r.donor_name = "فاطمة التجريبية";
  auto pdf = render_pdf(r, i18n::Lang::ar);
  ASSERT_TRUE(pdf);
  EXPECT_NE(pdf->find("DejaVuSans"), std::string::npos);
  // One face embedded, not two.
  EXPECT_LT(pdf->size(), 150000u);
  std::string text = text_of(*pdf);
  EXPECT_NE(text.find("2026-000007"), std::string::npos) << text;
  // Arabic letters come out (as presentation forms, U+FE70..U+FEFF: UTF-8 EF BB/B9/BA…).
  EXPECT_TRUE(text.find("\xEF\xBA") != std::string::npos ||
              text.find("\xEF\xBB") != std::string::npos || text.find("\xD8") != std::string::npos)
      << text;
}

TEST(ReceiptPdf, ACancelledReceiptIsStamped) {
  Receipt r = sample();
  r.cancelled_at = "2026-03-09T08:00:00Z";
  auto pdf = render_pdf(r, i18n::Lang::fr);
  ASSERT_TRUE(pdf);
  std::string text = text_of(*pdf);
  EXPECT_NE(text.find("ANNULÉ"), std::string::npos) << text;
  EXPECT_NE(text.find("9 mars 2026"), std::string::npos) << text;
}

TEST(ReceiptPdf, TheSameReceiptGivesTheSameBytes) {
  auto a = render_pdf(sample(), i18n::Lang::fr);
  auto b = render_pdf(sample(), i18n::Lang::fr);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(*a, *b);
}

}  // namespace
}  // namespace comdev::receipts
