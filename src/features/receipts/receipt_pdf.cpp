#include "features/receipts/receipt_pdf.h"

#include <hpdf.h>
#include <unicode/ubidi.h>
#include <unicode/unistr.h>
#include <unicode/ushape.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <vector>

#include "core/log.h"
#include "features/receipts/receipt_labels.h"
#include "features/receipts/receipt_rules.h"
#include "i18n/catalogue.h"
#include "i18n/format.h"
#include "i18n/message.h"
#include "i18n/text_encoding.h"

namespace comdev::receipts {
namespace {

// Debian's fonts-dejavu-core.
constexpr const char* kFontDir = "/usr/share/fonts/truetype/dejavu/";

constexpr float kPageWidth = 595.0f, kPageHeight = 842.0f, kMargin = 56.0f;

// The text in Windows-1252, for Helvetica's WinAnsiEncoding, or nullopt when one of its
// characters has no byte there. French numbers group digits with a narrow no-break space, which
// Windows-1252 lacks: a no-break space shows the same.
std::optional<std::string> to_cp1252(std::string_view utf8) {
  std::string text(utf8);
  for (std::size_t at = text.find("\u202F"); at != std::string::npos;
       at = text.find("\u202F", at)) {
    text.replace(at, 3, "\u00A0");
  }
  return i18n::convert_from_utf8(text, "windows-1252");
}

// The text in display order for a left-to-right PDF: Arabic letters joined into their
// presentation forms, runs ordered by the Unicode bidirectional algorithm in a paragraph of
// direction `rtl`, mirrored brackets.
std::string visual(std::string_view utf8, bool rtl) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  UErrorCode st = U_ZERO_ERROR;
  std::vector<UChar> shaped(static_cast<std::size_t>(u.length()) * 2 + 8);
  int32_t n = u_shapeArabic(
      u.getBuffer(), u.length(), shaped.data(), static_cast<int32_t>(shaped.size()),
      U_SHAPE_LETTERS_SHAPE | U_SHAPE_LENGTH_GROW_SHRINK | U_SHAPE_TEXT_DIRECTION_LOGICAL, &st);
  if (U_FAILURE(st)) return std::string(utf8);
  std::unique_ptr<UBiDi, decltype(&ubidi_close)> bidi(ubidi_open(), ubidi_close);
  ubidi_setPara(bidi.get(), shaped.data(), n, rtl ? UBIDI_RTL : UBIDI_LTR, nullptr, &st);
  std::vector<UChar> ordered(static_cast<std::size_t>(n) + 8);
  int32_t m = ubidi_writeReordered(bidi.get(), ordered.data(), static_cast<int32_t>(ordered.size()),
                                   UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &st);
  if (U_FAILURE(st)) return std::string(utf8);
  std::string out;
  icu::UnicodeString(ordered.data(), m).toUTF8String(out);
  return out;
}

void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
  // Reading the saved document to its end reports the end as an error: it is not one.
  if (error == HPDF_STREAM_EOF) return;
  auto* failed = static_cast<HPDF_STATUS*>(user);
  if (*failed == 0) *failed = error;
  log::warn("receipts.pdf_error", {{"error", static_cast<std::int64_t>(error)},
                                   {"detail", static_cast<std::int64_t>(detail)}});
}

// Lays out paragraphs from the top of the page down, wrapped to the margins, aligned to the
// start side of the language.
class Writer {
 public:
  Writer(HPDF_Doc pdf, HPDF_Page page, bool rtl) : pdf_(pdf), page_(page), rtl_(rtl) {}

  void paragraph(std::string_view text, float size, bool bold = false, float after = 6.0f) {
    auto latin = to_cp1252(text);
    HPDF_Font font =
        latin ? HPDF_GetFont(pdf_, bold ? "Helvetica-Bold" : "Helvetica", "WinAnsiEncoding")
              : unicode_font(bold);
    if (!font) return;
    HPDF_Page_SetFontAndSize(page_, font, size);
    for (const auto& line : wrap(text, kPageWidth - 2 * kMargin, latin.has_value())) {
      std::string shown = latin ? *to_cp1252(line) : visual(line, rtl_);
      float width = HPDF_Page_TextWidth(page_, shown.c_str());
      float x = rtl_ ? kPageWidth - kMargin - width : kMargin;
      y_ -= size * 1.3f;
      HPDF_Page_BeginText(page_);
      HPDF_Page_TextOut(page_, x, y_, shown.c_str());
      HPDF_Page_EndText(page_);
    }
    y_ -= after;
  }

  void rule() {
    y_ -= 4.0f;
    HPDF_Page_SetLineWidth(page_, 0.5f);
    HPDF_Page_MoveTo(page_, kMargin, y_);
    HPDF_Page_LineTo(page_, kPageWidth - kMargin, y_);
    HPDF_Page_Stroke(page_);
    y_ -= 6.0f;
  }

  // A large red line across the page, under what was written: readable at a glance and by a
  // text extractor (a rotated stamp comes out letter by letter).
  void stamp(std::string_view text) {
    auto latin = to_cp1252(text);
    HPDF_Font font =
        latin ? HPDF_GetFont(pdf_, "Helvetica-Bold", "WinAnsiEncoding") : unicode_font(true);
    if (!font) return;
    std::string shown = latin ? *latin : visual(text, rtl_);
    HPDF_Page_GSave(page_);
    HPDF_Page_SetRGBFill(page_, 0.75f, 0.1f, 0.1f);
    HPDF_Page_SetFontAndSize(page_, font, 56);
    float width = HPDF_Page_TextWidth(page_, shown.c_str());
    y_ -= 70.0f;
    HPDF_Page_BeginText(page_);
    HPDF_Page_TextOut(page_, (kPageWidth - width) / 2, y_, shown.c_str());
    HPDF_Page_EndText(page_);
    HPDF_Page_GRestore(page_);
  }

 private:
  // DejaVu Sans, embedded whole (libharu does not subset): one face only, bold text included,
  // so that an Arabic receipt stays near 100 KB rather than twice that.
  HPDF_Font unicode_font(bool) {
    if (!font_name_) {
      std::string path = std::string(kFontDir) + "DejaVuSans.ttf";
      if (!std::filesystem::exists(path)) return nullptr;
      if (HPDF_UseUTFEncodings(pdf_) != HPDF_OK) return nullptr;
      font_name_ = HPDF_LoadTTFontFromFile(pdf_, path.c_str(), HPDF_TRUE);
      if (!font_name_) return nullptr;
    }
    return HPDF_GetFont(pdf_, font_name_, "UTF-8");
  }

  // `latin`: the paragraph is drawn in Helvetica (Windows-1252 bytes), else in the embedded
  // font (UTF-8).
  std::vector<std::string> wrap(std::string_view text, float width, bool latin) {
    std::vector<std::string> lines;
    std::string line;
    auto fits = [&](const std::string& candidate) {
      std::string shown = latin ? to_cp1252(candidate).value_or(candidate) : candidate;
      return HPDF_Page_TextWidth(page_, shown.c_str()) <= width;
    };
    std::size_t at = 0;
    while (at <= text.size()) {
      std::size_t end = text.find(' ', at);
      if (end == std::string_view::npos) end = text.size();
      std::string word(text.substr(at, end - at));
      std::string candidate = line.empty() ? word : line + " " + word;
      if (!line.empty() && !fits(candidate)) {
        lines.push_back(std::move(line));
        line = word;
      } else {
        line = std::move(candidate);
      }
      at = end + 1;
    }
    if (!line.empty()) lines.push_back(std::move(line));
    return lines;
  }

  HPDF_Doc pdf_;
  HPDF_Page page_;
  bool rtl_;
  float y_ = kPageHeight - kMargin;
  const char* font_name_ = nullptr;
};

}  // namespace

i18n::Lang pdf_language(const Receipt& r, i18n::Lang lang) {
  return r.tax_receipt() ? i18n::Lang::fr : lang;
}

Result<std::string> render_pdf(const Receipt& r, i18n::Lang reader) {
  const i18n::Lang lang = pdf_language(r, reader);
  auto t = [lang](std::string_view key, std::initializer_list<i18n::Param> params = {}) {
    return i18n::format(lang, key, params);
  };
  HPDF_STATUS failed = 0;
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, decltype(&HPDF_Free)> doc(
      HPDF_New(on_error, &failed), HPDF_Free);
  if (!doc) return Error::internal("receipts.pdf: no document");
  HPDF_Doc pdf = doc.get();
  HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
  // Numbers and references read left to right inside Arabic text too ("2026-000042", not
  // "000042-2026" as the bidirectional algorithm orders Arabic numbers).
  auto ltr = [lang](const std::string& s) {
    return lang == i18n::Lang::ar ? "\u2066" + s + "\u2069" : s;
  };
  const std::string number = display_number(r.year, r.number);
  HPDF_SetInfoAttr(
      pdf, HPDF_INFO_TITLE,
      to_cp1252(t("receipts.pdf.number", {{"number", number}})).value_or(number).c_str());
  HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "ComDev");
  HPDF_Page page = HPDF_AddPage(pdf);
  HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);

  Writer w(pdf, page, lang == i18n::Lang::ar);
  if (r.tax_receipt()) {
    w.paragraph(t("receipts.pdf.title_tax"), 15, true, 2);
    w.paragraph(t("receipts.pdf.title_tax_ref"), 9);
  } else {
    w.paragraph(t("receipts.pdf.title"), 18, true);
  }
  w.paragraph(t("receipts.pdf.number", {{"number", ltr(number)}}), 12, true);
  if (r.demo) w.paragraph(t("receipts.pdf.demo"), 10, true);
  w.rule();

  w.paragraph(t("receipts.pdf.beneficiary"), 12, true, 2);
  w.paragraph(r.organisation_name, 11, false, 2);
  if (!r.organisation.postal_address.empty())
    w.paragraph(r.organisation.postal_address, 10, false, 2);
  if (!r.organisation.registration.empty()) {
    w.paragraph(t("receipts.pdf.registration", {{"registration", r.organisation.registration}}), 10,
                false, 2);
  }
  if (!r.organisation.object.empty()) {
    w.paragraph(t("receipts.pdf.object", {{"object", r.organisation.object}}), 10, false, 2);
  }
  if (!r.authorisation_ref.empty()) {
    w.paragraph(t("receipts.pdf.authorisation", {{"reference", ltr(r.authorisation_ref)},
                                                 {"date", long_day(lang, r.authorisation_on)}}),
                10, false, 2);
  }
  w.rule();

  w.paragraph(t("receipts.pdf.donor"), 12, true, 2);
  w.paragraph(r.donor_name, 11, false, 2);
  w.paragraph(r.donor_address.empty() ? t("receipts.pdf.no_address") : r.donor_address, 10);
  w.rule();

  w.paragraph(t(r.tax_receipt() ? "receipts.pdf.acknowledges_tax" : "receipts.pdf.acknowledges"),
              10, false, 2);
  w.paragraph(i18n::format_money(lang, r.amount_minor, r.currency), 16, true, 2);
  w.paragraph(
      t("receipts.pdf.in_words", {{"words", amount_in_words(lang, r.amount_minor, r.currency)}}),
      10);
  w.paragraph(t("receipts.pdf.donated_on", {{"date", long_day(lang, r.donated_on)}}), 10, false, 2);
  w.paragraph(t("receipts.pdf.means", {{"means", t(means_key(r.means))}}), 10, false, 2);
  w.paragraph(t("receipts.pdf.form"), 10, false, 2);
  w.paragraph(t("receipts.pdf.campaign",
                {{"campaign", r.campaign_title}, {"reference", ltr(r.pledge_reference)}}),
              10);
  w.rule();

  w.paragraph(t(status_mention_key(r)), 10, true);
  w.paragraph(t("receipts.pdf.issued",
                {{"date", long_day(lang, r.issued_at)}, {"organisation", r.organisation_name}}),
              9);
  if (r.cancelled()) {
    w.paragraph(t("receipts.pdf.cancelled", {{"date", long_day(lang, r.cancelled_at)}}), 11, true);
    w.stamp(t("receipts.pdf.cancelled_stamp"));
  }

  if (failed != 0) return Error::internal("receipts.pdf: libharu error " + std::to_string(failed));
  if (HPDF_SaveToStream(pdf) != HPDF_OK) return Error::internal("receipts.pdf: not saved");
  HPDF_UINT32 size = HPDF_GetStreamSize(pdf);
  std::string out(size, '\0');
  HPDF_UINT32 read = size;
  HPDF_ReadFromStream(pdf, reinterpret_cast<HPDF_BYTE*>(out.data()), &read);
  out.resize(read);
  if (failed != 0) {
    return Error::internal("receipts.pdf: libharu error " + std::to_string(failed));
  }
  return out;
}

}  // namespace comdev::receipts
