#include "i18n/text_encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/unistr.h>

#include <memory>

#include "core/utf8.h"

namespace comdev::i18n {

Result<std::string> convert_to_utf8(std::string_view bytes, const char* charset) {
  if (bytes.empty()) return std::string{};
  UErrorCode status = U_ZERO_ERROR;
  // Worst case: every input byte becomes a 3-byte UTF-8 sequence (+1 for the terminator).
  std::string out(bytes.size() * 3 + 4, '\0');
  int32_t n = ucnv_convert("UTF-8", charset, out.data(), static_cast<int32_t>(out.size()),
                           bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) {
    return Error::invalid("errors.encoding.undecodable")
        .with_detail(std::string("ucnv_convert from ") + charset + ": " + u_errorName(status));
  }
  out.resize(static_cast<std::size_t>(n));
  return out;
}

std::optional<std::string> convert_from_utf8(std::string_view utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(charset, &status), ucnv_close);
  if (U_FAILURE(status)) return std::nullopt;
  ucnv_setFromUCallBack(conv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  std::string out(static_cast<std::size_t>(u.length()) * 4 + 4, '\0');
  int32_t n = ucnv_fromUChars(conv.get(), out.data(), static_cast<int32_t>(out.size()),
                              u.getBuffer(), u.length(), &status);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(static_cast<std::size_t>(n));
  return out;
}

Result<DecodedText> decode_to_utf8(std::string_view bytes) {
  auto starts = [&](std::string_view prefix) { return bytes.starts_with(prefix); };
  if (starts("\xEF\xBB\xBF")) {
    auto rest = bytes.substr(3);
    if (!is_valid_utf8(rest)) return Error::invalid("errors.encoding.undecodable");
    return DecodedText{std::string(rest), TextEncoding::utf8_bom};
  }
  if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
    bool le = starts("\xFF\xFE");
    auto text = convert_to_utf8(bytes.substr(2), le ? "UTF-16LE" : "UTF-16BE");
    if (!text) return text.error();
    return DecodedText{std::move(*text), le ? TextEncoding::utf16le : TextEncoding::utf16be};
  }
  if (is_valid_utf8(bytes)) return DecodedText{std::string(bytes), TextEncoding::utf8};
  auto text = convert_to_utf8(bytes, "windows-1252");
  if (!text) return text.error();
  return DecodedText{std::move(*text), TextEncoding::windows1252};
}

}  // namespace comdev::i18n
